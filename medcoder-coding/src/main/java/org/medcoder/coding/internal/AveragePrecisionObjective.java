package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listwise ranking objective for the boosted trees, in the manner of LambdaRank (Burges, "From RankNet to
 * LambdaRank to LambdaMART", Microsoft Research MSR-TR-2010-82): besides each row's log loss, every (gold,
 * non-gold) pair of candidates of one document pulls the gold candidate up and the other down, weighted by how
 * much swapping the two would change the document's average precision — what the CodiEsp MAP averages over
 * documents. A pair already in the right order by a wide margin, or one whose swap hardly moves the average
 * precision (both far down the list), weighs little. The log-loss part keeps the scores comparable across
 * documents (the proposal threshold is one number for all of them); {@link SecondStage} recalibrates them.
 */
final class AveragePrecisionObjective implements BoostedTrees.Objective {

    private final int[][] groups;
    private final double weight;

    /**
     * @param docOf  the document of each row (the rows of a document are ranked against each other only)
     * @param weight the weight of the ranking part beside the log loss (0: the log loss alone)
     */
    AveragePrecisionObjective(int[] docOf, double weight) {
        if (weight < 0 || Double.isNaN(weight)) {
            throw new IllegalArgumentException("ranking weight must be at least 0, got " + weight);
        }
        Map<Integer, List<Integer>> byDoc = new LinkedHashMap<>();
        for (int r = 0; r < docOf.length; r++) {
            byDoc.computeIfAbsent(docOf[r], k -> new ArrayList<>()).add(r);
        }
        this.groups = byDoc.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.weight = weight;
    }

    @Override
    public void gradients(double[] score, boolean[] labels, double[] g, double[] h) {
        BoostedTrees.logLoss(score, labels, g, h);
        if (weight > 0) {
            for (int[] rows : groups) {
                addPairs(rows, score, labels, g, h);
            }
        }
    }

    /** Adds the weighted pair gradients of one document's rows. */
    private void addPairs(int[] rows, double[] score, boolean[] labels, double[] g, double[] h) {
        int n = rows.length;
        int[] ranked = byScore(rows, score);
        // cum[k]: gold rows among ranks 1..k; inv[k]: the sum of 1/rank over those gold rows.
        int[] cum = new int[n + 1];
        double[] inv = new double[n + 1];
        for (int k = 1; k <= n; k++) {
            boolean gold = labels[ranked[k - 1]];
            cum[k] = cum[k - 1] + (gold ? 1 : 0);
            inv[k] = inv[k - 1] + (gold ? 1.0 / k : 0);
        }
        int gold = cum[n];
        if (gold == 0 || gold == n) {
            return;
        }
        for (int a = 1; a <= n; a++) {
            int i = ranked[a - 1];
            if (!labels[i]) {
                continue;
            }
            for (int b = 1; b <= n; b++) {
                int j = ranked[b - 1];
                if (labels[j]) {
                    continue;
                }
                double delta = weight * Math.abs(swapDelta(a, b, cum, inv)) / gold;
                double rho = 1 / (1 + Math.exp(score[i] - score[j]));
                g[i] -= delta * rho;
                g[j] += delta * rho;
                double curvature = delta * Math.max(rho * (1 - rho), 1e-6);
                h[i] += curvature;
                h[j] += curvature;
            }
        }
    }

    /**
     * The change of the (unnormalized) average precision when the gold row at rank {@code a} and the non-gold row
     * at rank {@code b} swap places (ranks from 1). The gold rows between them each gain or lose one place in
     * their precision's numerator; the moved row's precision is recomputed at its new rank.
     */
    static double swapDelta(int a, int b, int[] cum, double[] inv) {
        if (a < b) {
            return (double) cum[b] / b - (double) cum[a] / a - (inv[b - 1] - inv[a]);
        }
        return (cum[b] + 1.0) / b - (double) cum[a] / a + (inv[a - 1] - inv[b]);
    }

    /** The rows best first by score (ties: lower row first, so the order is deterministic). */
    private static int[] byScore(int[] rows, double[] score) {
        Integer[] order = new Integer[rows.length];
        for (int k = 0; k < rows.length; k++) {
            order[k] = rows[k];
        }
        Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
        int[] out = new int[rows.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = order[k];
        }
        return out;
    }
}

package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AveragePrecisionObjectiveTest {

    @Test
    void swapDelta_anyRankingAndPair_equalsTheRecomputedAveragePrecision() {
        // A ranking of up to 12 rows drawn from a seed; every (gold, non-gold) swap is checked against AP computed
        // from scratch.
        qt().forAll(integers().between(2, 12), integers().all()).checkAssert((n, seed) -> {
            Random random = new Random(seed);
            boolean[] gold = new boolean[n];
            for (int k = 0; k < n; k++) {
                gold[k] = random.nextBoolean();
            }
            int[] cum = new int[n + 1];
            double[] inv = new double[n + 1];
            for (int k = 1; k <= n; k++) {
                cum[k] = cum[k - 1] + (gold[k - 1] ? 1 : 0);
                inv[k] = inv[k - 1] + (gold[k - 1] ? 1.0 / k : 0);
            }
            for (int a = 1; a <= n; a++) {
                for (int b = 1; b <= n; b++) {
                    if (gold[a - 1] && !gold[b - 1]) {
                        boolean[] swapped = gold.clone();
                        swapped[a - 1] = false;
                        swapped[b - 1] = true;
                        assertThat(AveragePrecisionObjective.swapDelta(a, b, cum, inv))
                                .isCloseTo(sumOfPrecisions(swapped) - sumOfPrecisions(gold), Offset.offset(1e-12));
                    }
                }
            }
        });
    }

    @Test
    void gradients_goldRankedBelowNonGold_pullsTheGoldUpMoreThanLogLoss() {
        // One document: a non-gold row scored above a gold row.
        double[] score = {1.0, -1.0};
        boolean[] labels = {false, true};
        double[] g0 = new double[2];
        double[] h0 = new double[2];
        BoostedTrees.logLoss(score, labels, g0, h0);
        double[] g = new double[2];
        double[] h = new double[2];
        new AveragePrecisionObjective(new int[] {0, 0}, 1.0).gradients(score, labels, g, h);
        // A negative gradient raises the score: the gold row more, the non-gold row is pushed down more.
        assertThat(g[1]).isLessThan(g0[1]);
        assertThat(g[0]).isGreaterThan(g0[0]);
        assertThat(h[0]).isGreaterThan(h0[0]);
    }

    @Test
    void gradients_rowsOfDifferentDocuments_areNotPaired() {
        double[] score = {1.0, -1.0};
        boolean[] labels = {false, true};
        double[] g0 = new double[2];
        double[] h0 = new double[2];
        BoostedTrees.logLoss(score, labels, g0, h0);
        double[] g = new double[2];
        double[] h = new double[2];
        new AveragePrecisionObjective(new int[] {0, 1}, 1.0).gradients(score, labels, g, h);
        assertThat(g).containsExactly(g0);
        assertThat(h).containsExactly(h0);
    }

    @Test
    void fit_docLevelFeatureDominatesLogLoss_rankingObjectiveOrdersWithinDocuments() {
        // The share of gold candidates depends strongly on a document-level feature (the same for every candidate
        // of a document: it cannot order them) and weakly on a candidate feature. A single split under the log
        // loss takes the document feature; the ranking objective takes the candidate feature, which is what
        // orders each document's list.
        Random random = new Random(5);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Integer> docs = new ArrayList<>();
        for (int d = 0; d < 200; d++) {
            double doc = d % 2;
            for (int i = 0; i < 10; i++) {
                double x = random.nextDouble();
                rows.add(new double[] {doc, x});
                labels.add(random.nextDouble() < (doc == 1 ? 0.75 : 0.05) + (x > 0.5 ? 0.2 : 0));
                docs.add(d);
            }
        }
        int[] docOf = docs.stream().mapToInt(Integer::intValue).toArray();
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        BoostedTrees.Settings stump = new BoostedTrees.Settings(1, 1, 1.0, 1, 1);
        BoostedTrees pointwise = BoostedTrees.fit(rows, y, stump);
        BoostedTrees ranking = BoostedTrees.fit(rows, y, stump, new AveragePrecisionObjective(docOf, 50));
        assertThat(pointwise.margin(new double[] {1, 0.9})).isEqualTo(pointwise.margin(new double[] {1, 0.1}));
        assertThat(ranking.margin(new double[] {1, 0.9})).isGreaterThan(ranking.margin(new double[] {1, 0.1}));
    }

    @Test
    void new_negativeWeight_isRejected() {
        assertThatThrownBy(() -> new AveragePrecisionObjective(new int[] {0}, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    /** The sum over gold ranks of the precision at that rank (average precision times the number of gold rows). */
    private static double sumOfPrecisions(boolean[] gold) {
        double sum = 0;
        int found = 0;
        for (int k = 1; k <= gold.length; k++) {
            if (gold[k - 1]) {
                found++;
                sum += (double) found / k;
            }
        }
        return sum;
    }
}

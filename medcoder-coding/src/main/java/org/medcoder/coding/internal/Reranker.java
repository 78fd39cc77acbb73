package org.medcoder.coding.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second-stage features that read a candidate against the other candidates of the same document: its rank in the
 * document, whether it is the strongest code of its category (the first 3 characters), how many of its siblings
 * score higher, and its probability relative to the document's best. Sibling codes proposed together are mostly
 * one finding read several ways; the second stage learns to keep the strongest and offer the others lower.
 */
final class Reranker {

    static final int FEATURES = 7;

    private Reranker() {
    }

    /** The second-stage feature rows of one document's candidates, in the order given. */
    static double[][] features(List<String> codes, double[] firstStage) {
        int n = codes.size();
        String[] categories = new String[n];
        Map<String, Integer> perCategory = new HashMap<>();
        double max = 0;
        for (int i = 0; i < n; i++) {
            categories[i] = category(codes.get(i));
            perCategory.merge(categories[i], 1, Integer::sum);
            max = Math.max(max, firstStage[i]);
        }
        int[] rank = new int[n];
        int[] siblingsAbove = new int[n];
        ranks(categories, firstStage, rank, siblingsAbove);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - 1e-6, Math.max(1e-6, firstStage[i]));
            rows[i] = new double[] {
                1,
                Math.log(p / (1 - p)) / 4,
                siblingsAbove[i] == 0 ? 1 : 0,
                Math.log1p(siblingsAbove[i]),
                Math.log1p(rank[i]) / 3,
                max <= 0 ? 0 : firstStage[i] / max,
                Math.log1p(perCategory.get(categories[i]) - 1),
            };
        }
        return rows;
    }

    /**
     * Fills each candidate's rank in the document and the number of its category's candidates ranked above it.
     * Candidate j ranks above i when its probability is higher, or equal and j comes first: one sort gives both
     * (instead of comparing every pair).
     */
    private static void ranks(String[] categories, double[] firstStage, int[] rank, int[] siblingsAbove) {
        int n = categories.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> firstStage[a] > firstStage[b] ? -1
                : firstStage[a] < firstStage[b] ? 1 : Integer.compare(a, b));
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            rank[i] = k;
            siblingsAbove[i] = seen.merge(categories[i], 1, Integer::sum) - 1;
        }
    }

    private static String category(String code) {
        return code.substring(0, Math.min(3, code.length()));
    }
}

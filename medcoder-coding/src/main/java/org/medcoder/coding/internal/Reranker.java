package org.medcoder.coding.internal;

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
        Map<String, Integer> perCategory = new HashMap<>();
        double max = 0;
        for (int i = 0; i < n; i++) {
            perCategory.merge(category(codes.get(i)), 1, Integer::sum);
            max = Math.max(max, firstStage[i]);
        }
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            int rank = 0;
            int siblingsAbove = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && (firstStage[j] > firstStage[i] || (firstStage[j] == firstStage[i] && j < i))) {
                    rank++;
                    if (category(codes.get(j)).equals(category(codes.get(i)))) {
                        siblingsAbove++;
                    }
                }
            }
            double p = Math.min(1 - 1e-6, Math.max(1e-6, firstStage[i]));
            rows[i] = new double[] {
                1,
                Math.log(p / (1 - p)) / 4,
                siblingsAbove == 0 ? 1 : 0,
                Math.log1p(siblingsAbove),
                Math.log1p(rank) / 3,
                max <= 0 ? 0 : firstStage[i] / max,
                Math.log1p(perCategory.get(category(codes.get(i))) - 1),
            };
        }
        return rows;
    }

    private static String category(String code) {
        return code.substring(0, Math.min(3, code.length()));
    }
}

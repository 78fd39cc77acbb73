package org.medcoder.coding.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Features of a candidate read against the whole list of its document, for the boosted-tree re-ranker: how
 * specific the code is (its length: a category, a subcategory or a full code), how long the document's list is,
 * how much first-stage probability the document holds in all (about how many codes it will have), the candidate's
 * share of it, and the strongest other candidate of its category (a sibling that competes for the same finding).
 * All are computed in one pass over the list.
 */
final class ListFeatures {

    static final int FEATURES = 5;

    private ListFeatures() {
    }

    /** Writes the features of candidate {@code i} into {@code x} from index {@code at}. */
    static void write(List<String> codes, double[] firstStage, double[] x, int at, Summary s, int i) {
        String code = codes.get(i);
        x[at] = code.length();
        x[at + 1] = Math.log1p(codes.size());
        x[at + 2] = Math.log1p(s.total);
        x[at + 3] = s.total <= 0 ? 0 : firstStage[i] / s.total;
        x[at + 4] = s.otherInCategory(code, firstStage[i]);
    }

    /** The document's totals: the sum of first-stage probabilities and the two best of each category. */
    record Summary(double total, Map<String, double[]> bestTwo) {

        static Summary of(List<String> codes, double[] firstStage) {
            double total = 0;
            Map<String, double[]> best = new HashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                total += firstStage[i];
                double[] b = best.computeIfAbsent(category(codes.get(i)), k -> new double[2]);
                if (firstStage[i] > b[0]) {
                    b[1] = b[0];
                    b[0] = firstStage[i];
                } else if (firstStage[i] > b[1]) {
                    b[1] = firstStage[i];
                }
            }
            return new Summary(total, best);
        }

        /** The best first-stage probability of another candidate of the category (the best if this one is not). */
        double otherInCategory(String code, double p) {
            double[] b = bestTwo.get(category(code));
            return b == null ? 0 : p >= b[0] ? b[1] : b[0];
        }
    }

    private static String category(String code) {
        return code.substring(0, Math.min(3, code.length()));
    }
}

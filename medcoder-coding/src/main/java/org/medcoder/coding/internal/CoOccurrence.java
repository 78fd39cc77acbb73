package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which codes were coded together in the training documents: for a candidate, how strongly the document's most
 * confident other candidates point at it (a lung cancer and its metastases, diabetes and its complications,
 * a fracture and the fall that caused it). Read by the re-ranker as two features: the strongest and the summed
 * support {@code p_j × n(i, j) / (n(j) + 1)} over the {@value #TOP} best other candidates j, where {@code p_j} is
 * j's first-stage probability, {@code n(j)} the training documents coded with j and {@code n(i, j)} those coded with
 * both. Learned from gold code sets only; {@link TaskModel} learns it inside each cross-fitting fold without the
 * fold's documents, so the feature behaves on the training rows as on unseen notes. Immutable.
 */
final class CoOccurrence {

    static final int FEATURES = 2;

    /** Other candidates read per candidate: the most confident ones carry the signal, and the cost stays linear. */
    static final int TOP = 10;

    /** Nothing learned: every support is 0. */
    static final CoOccurrence NONE = new CoOccurrence(Map.of(), Map.of());

    private final Map<String, Integer> documents;
    private final Map<String, Map<String, Integer>> pairs;

    private CoOccurrence(Map<String, Integer> documents, Map<String, Map<String, Integer>> pairs) {
        this.documents = documents;
        this.pairs = pairs;
    }

    /** Counts the codes and pairs of codes of the given documents' gold code sets. */
    static CoOccurrence learn(Collection<? extends Collection<String>> gold) {
        Map<String, Integer> documents = new HashMap<>();
        Map<String, Map<String, Integer>> pairs = new HashMap<>();
        for (Collection<String> codes : gold) {
            for (String a : codes) {
                documents.merge(a, 1, Integer::sum);
                for (String b : codes) {
                    if (!a.equals(b)) {
                        pairs.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        return new CoOccurrence(documents, pairs);
    }

    /**
     * Writes the two support features of every candidate ({@code x.get(i)[at]} and {@code [at + 1]}) from the
     * {@value #TOP} candidates with the highest first-stage probabilities.
     */
    void write(List<String> codes, double[] firstStage, List<double[]> x, int at) {
        int[] top = top(firstStage);
        List<Map<String, Integer>> partners = new ArrayList<>(top.length);
        for (int j : top) {
            partners.add(pairs.getOrDefault(codes.get(j), Map.of()));
        }
        for (int i = 0; i < codes.size(); i++) {
            double best = 0;
            double sum = 0;
            for (int t = 0; t < top.length; t++) {
                Integer both = top[t] == i ? null : partners.get(t).get(codes.get(i));
                if (both != null) {
                    double s = firstStage[top[t]] * both / (documents.get(codes.get(top[t])) + 1.0);
                    best = Math.max(best, s);
                    sum += s;
                }
            }
            x.get(i)[at] = best;
            x.get(i)[at + 1] = Math.log1p(sum);
        }
    }

    /** The indices of the (at most) TOP highest probabilities, best first (ties: lower index). */
    private static int[] top(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> p[a] != p[b] ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
        int[] out = new int[Math.min(TOP, p.length)];
        for (int k = 0; k < out.length; k++) {
            out[k] = order[k];
        }
        return out;
    }
}

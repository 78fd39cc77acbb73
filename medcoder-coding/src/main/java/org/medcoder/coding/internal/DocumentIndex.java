package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory TF-IDF index of documents for nearest-neighbour search: each document is a vector of sublinear term
 * frequencies ({@code 1 + ln tf}) times inverse document frequencies ({@code ln(1 + N / df)}), L2-normalized, and
 * the similarity of two documents is the cosine of their vectors. Terms are the stemmed content words the coder
 * already computes ({@link Grams}), so the index adds no second tokenizer.
 *
 * <p>A plain inverted index: a few hundred documents fit in a few megabytes and a query costs one pass over the
 * postings of its terms, well under a millisecond (a Lucene index would do the same work with more overhead per
 * query). Immutable and safe to share between threads.
 */
public final class DocumentIndex {

    /** One similar document: its position in the indexed list and its cosine similarity. */
    public record Hit(int document, double similarity) {
    }

    private final Map<String, Integer> termIds;
    private final double[] idf;
    private final int[][] postingDocs;
    private final float[][] postingWeights;
    private final int size;

    private DocumentIndex(Map<String, Integer> termIds, double[] idf, int[][] postingDocs, float[][] postingWeights,
            int size) {
        this.termIds = termIds;
        this.idf = idf;
        this.postingDocs = postingDocs;
        this.postingWeights = postingWeights;
        this.size = size;
    }

    /**
     * The term counts of a note: each single stemmed content word of {@link Grams#of} with its number of
     * occurrences (multi-word grams are left out: they repeat their words).
     */
    public static Map<String, Integer> terms(Map<String, List<int[]>> grams) {
        Map<String, Integer> out = new HashMap<>(grams.size());
        grams.forEach((g, occ) -> {
            if (g.indexOf(' ') < 0) {
                out.put(g, occ.size());
            }
        });
        return out;
    }

    /** Indexes documents given as term counts; document {@code i} of the list is hit number {@code i}. */
    public static DocumentIndex build(List<Map<String, Integer>> documents) {
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> df = new ArrayList<>();
        for (Map<String, Integer> d : documents) {
            for (String t : d.keySet()) {
                Integer id = ids.putIfAbsent(t, ids.size());
                if (id == null) {
                    df.add(1);
                } else {
                    df.set(id, df.get(id) + 1);
                }
            }
        }
        int n = documents.size();
        double[] idf = new double[ids.size()];
        int[][] docs = new int[ids.size()][];
        float[][] weights = new float[ids.size()][];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log(1 + (double) n / df.get(t));
            docs[t] = new int[df.get(t)];
            weights[t] = new float[df.get(t)];
        }
        int[] fill = new int[idf.length];
        for (int d = 0; d < n; d++) {
            Map<String, Integer> doc = documents.get(d);
            double norm = norm(doc, ids, idf);
            for (Map.Entry<String, Integer> e : doc.entrySet()) {
                int t = ids.get(e.getKey());
                docs[t][fill[t]] = d;
                weights[t][fill[t]++] = (float) (weight(e.getValue(), idf[t]) / norm);
            }
        }
        return new DocumentIndex(ids, idf, docs, weights, n);
    }

    /** Number of documents indexed. */
    public int size() {
        return size;
    }

    /**
     * The {@code k} indexed documents most similar to the query (term counts), most similar first; documents that
     * share no term with it are never returned.
     */
    public List<Hit> nearest(Map<String, Integer> query, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        // Each query term's id and weight are looked up once, for the norm and then the scores, in the same order
        // as before (the sums are the same, bit for bit).
        int[] ids = new int[query.size()];
        double[] w = new double[query.size()];
        int n = 0;
        double sum = 0;
        for (Map.Entry<String, Integer> e : query.entrySet()) {
            Integer t = termIds.get(e.getKey());
            if (t != null) {
                ids[n] = t;
                w[n] = weight(e.getValue(), idf[t]);
                sum += w[n] * w[n];
                n++;
            }
        }
        double norm = Math.sqrt(sum);
        if (norm == 0) {
            return List.of();
        }
        double[] score = new double[size];
        for (int j = 0; j < n; j++) {
            double q = w[j] / norm;
            int[] ds = postingDocs[ids[j]];
            float[] ws = postingWeights[ids[j]];
            for (int i = 0; i < ds.length; i++) {
                score[ds[i]] += q * ws[i];
            }
        }
        return top(score, k);
    }

    /** The {@code k} best documents by insertion into a small sorted array (k is small; no boxing, no full sort). */
    private static List<Hit> top(double[] score, int k) {
        int[] best = new int[k];
        int n = 0;
        for (int d = 0; d < score.length; d++) {
            if (score[d] <= 0 || (n == k && score[d] <= score[best[n - 1]])) {
                continue;
            }
            // Ties keep the earlier document first, so results do not depend on anything but the scores.
            int i = n < k ? n++ : n - 1;
            while (i > 0 && score[best[i - 1]] < score[d]) {
                best[i] = best[i - 1];
                i--;
            }
            best[i] = d;
        }
        List<Hit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Hit(best[i], score[best[i]]));
        }
        return out;
    }

    private static double weight(int tf, double idf) {
        return (1 + Math.log(tf)) * idf;
    }

    /** The L2 norm of a document's vector over the terms the index knows. */
    private static double norm(Map<String, Integer> doc, Map<String, Integer> ids, double[] idf) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : doc.entrySet()) {
            Integer t = ids.get(e.getKey());
            if (t != null) {
                double w = weight(e.getValue(), idf[t]);
                sum += w * w;
            }
        }
        return Math.sqrt(sum);
    }
}

package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learned associations between n-grams and codes: for each n-gram seen in at least {@value #MIN_DF} training
 * documents, the codes that were gold in at least {@value #MIN_PAIR} of them, with the counts. The precision of
 * an association, {@code n(gram, code) / (df(gram) + 1)}, estimates how often the code is right when the n-gram
 * appears; it is learned from document-level labels only (no spans), so it is a statistic, not a dictionary.
 */
public final class Lexicon {

    static final int MIN_DF = 2;
    static final int MIN_PAIR = 2;
    static final double MIN_PRECISION = 0.1;

    /** One association. */
    public record Association(String code, int pair, int df) {
        /** Smoothed precision: how often the code was gold when the n-gram appeared. */
        public double precision() {
            return pair / (df + 1.0);
        }
    }

    private final Map<String, List<Association>> byGram;
    private final Map<String, Integer> codeDocs;
    private final int documents;

    Lexicon(Map<String, List<Association>> byGram, Map<String, Integer> codeDocs, int documents) {
        this.byGram = byGram;
        this.codeDocs = codeDocs;
        this.documents = documents;
    }

    /** Learns the lexicon from documents' n-gram sets and their gold codes (same order). */
    public static Lexicon learn(List<? extends Collection<String>> docGrams, List<Set<String>> docCodes) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> grams : docGrams) {
            for (String g : grams) {
                df.merge(g, 1, Integer::sum);
            }
        }
        int maxDf = docGrams.size();
        Map<String, Map<String, Integer>> pairs = new HashMap<>();
        Map<String, Integer> codeDocs = new HashMap<>();
        for (int d = 0; d < docGrams.size(); d++) {
            Set<String> codes = docCodes.get(d);
            codes.forEach(c -> codeDocs.merge(c, 1, Integer::sum));
            for (String g : docGrams.get(d)) {
                int n = df.get(g);
                if (n >= MIN_DF && n <= maxDf) {
                    Map<String, Integer> m = pairs.computeIfAbsent(g, k -> new HashMap<>());
                    codes.forEach(c -> m.merge(c, 1, Integer::sum));
                }
            }
        }
        Map<String, List<Association>> byGram = new HashMap<>();
        pairs.forEach((g, m) -> {
            int n = df.get(g);
            List<Association> list = new ArrayList<>();
            m.forEach((c, k) -> {
                Association a = new Association(c, k, n);
                if (k >= MIN_PAIR && a.precision() >= MIN_PRECISION) {
                    list.add(a);
                }
            });
            if (!list.isEmpty()) {
                byGram.put(g, List.copyOf(list));
            }
        });
        return new Lexicon(byGram, codeDocs, docGrams.size());
    }

    /** The associations of an n-gram (empty when none). */
    public List<Association> associations(String gram) {
        return byGram.getOrDefault(gram, List.of());
    }

    /** The share of training documents that had the code, smoothed. */
    public double prior(String code) {
        return (codeDocs.getOrDefault(code, 0) + 0.5) / (documents + 1.0);
    }

    /** How many training documents had the code. */
    public int codeDocuments(String code) {
        return codeDocs.getOrDefault(code, 0);
    }

    Map<String, List<Association>> byGram() {
        return byGram;
    }

    Map<String, Integer> codeDocs() {
        return codeDocs;
    }

    int documents() {
        return documents;
    }
}

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
 * appears. When a training document says where a code's evidence is (e.g. CodiEsp evidence spans carried over to
 * the English text), the code pairs only with the n-grams near that evidence, not with every word of the case;
 * otherwise with the whole document. It is a statistic, not a dictionary.
 */
public final class Lexicon {

    static final int MIN_DF = 2;
    static final int MIN_PAIR = 2;
    static final double MIN_PRECISION = 0.1;
    /** The prefix of a code in a document's hit set when a clause hit found it ({@link ClauseEncoder}). */
    static final String CLAUSE = "clause:";

    /** One association. */
    public record Association(String code, int pair, int df) {
        /** Smoothed precision: how often the code was gold when the n-gram appeared. */
        public double precision() {
            return pair / (df + 1.0);
        }
    }

    /**
     * A code's statistics as the classifier reads them, looked up together: one map read per candidate instead of
     * ten (each value is computed by the method of the same name).
     */
    record CodeStats(int codeDocuments, double prior, double childShare, int categoryDocuments,
            double dictionaryPrecision, int dictionaryDocuments, double clausePrecision, int clauseDocuments) {
    }

    /** Bound of the statistics memo (codes of a release and of the training data: far fewer). */
    private static final int STATS_LIMIT = 200_000;

    private final Map<String, CodeStats> stats = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Association>> byGram;
    /** The n-grams with associations: most of a note's n-grams have none and are not looked up. */
    private final KeyFilter grams;
    private final Map<String, Integer> codeDocs;
    private final int documents;

    private final Map<String, Integer> categoryDocs = new HashMap<>();
    /**
     * Code ({@link #CLAUSE} + code for a clause hit) → {training documents where the dictionary/encoder proposed it,
     * those where it was gold}.
     */
    private final Map<String, int[]> dictionaryHits = new HashMap<>();

    Lexicon(Map<String, List<Association>> byGram, Map<String, Integer> codeDocs, int documents) {
        this.byGram = byGram;
        this.grams = new KeyFilter(byGram.keySet());
        this.codeDocs = codeDocs;
        // A document counts once per category even when it has several codes of it.
        Map<String, Integer> byCategory = new HashMap<>();
        codeDocs.forEach((c, n) -> byCategory.merge(category(c), n, Math::max));
        categoryDocs.putAll(byCategory);
        this.documents = documents;
    }

    /** Learns the lexicon from documents' n-gram sets and their gold codes (same order). */
    public static Lexicon learn(List<? extends Collection<String>> docGrams, List<Set<String>> docCodes) {
        return learn(docGrams, docCodes, java.util.Collections.nCopies(docGrams.size(), Map.of()));
    }

    /**
     * Learns the lexicon; {@code docLocal} gives, per document, the n-grams near each code's evidence: a code with
     * an entry pairs only with those n-grams (its evidence), a code without one with every n-gram of the document.
     */
    public static Lexicon learn(List<? extends Collection<String>> docGrams, List<Set<String>> docCodes,
            List<Map<String, Set<String>>> docLocal) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> grams : docGrams) {
            for (String g : grams) {
                df.merge(g, 1, Integer::sum);
            }
        }
        Map<String, Map<String, Integer>> pairs = new HashMap<>();
        Map<String, Integer> codeDocs = new HashMap<>();
        for (int d = 0; d < docGrams.size(); d++) {
            Collection<String> all = docGrams.get(d);
            for (String c : docCodes.get(d)) {
                codeDocs.merge(c, 1, Integer::sum);
                for (String g : docLocal.get(d).getOrDefault(c, all instanceof Set<String> set ? set : Set.copyOf(all))) {
                    Integer n = df.get(g);
                    if (n != null && n >= MIN_DF) {
                        pairs.computeIfAbsent(g, k -> new HashMap<>()).merge(c, 1, Integer::sum);
                    }
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

    /**
     * This lexicon plus how often each code the dictionary/encoder found in a training document was gold there
     * (same order as the documents it was learned from): e.g. "anesthesia" read as R20.0 in notes that mean the
     * procedure is rarely right, a specific Index hit usually is.
     */
    public Lexicon withDictionaryHits(List<Set<String>> docHits, List<Set<String>> docCodes) {
        Lexicon out = new Lexicon(byGram, codeDocs, documents);
        for (int d = 0; d < docHits.size(); d++) {
            for (String c : docHits.get(d)) {
                int[] n = out.dictionaryHits.computeIfAbsent(c, k -> new int[2]);
                n[0]++;
                n[1] += docCodes.get(d).contains(c.startsWith(CLAUSE) ? c.substring(CLAUSE.length()) : c) ? 1 : 0;
            }
        }
        return out;
    }

    /** The code's statistics, memoised (complete once the lexicon is built: it does not change after). */
    CodeStats stats(String code) {
        CodeStats s = stats.get(code);
        if (s == null) {
            s = new CodeStats(codeDocuments(code), prior(code), childShare(code), categoryDocuments(code),
                    dictionaryPrecision(code), dictionaryDocuments(code), clausePrecision(code), clauseDocuments(code));
            if (stats.size() >= STATS_LIMIT) {
                stats.clear();
            }
            stats.put(code, s);
        }
        return s;
    }

    /** How often a clause hit of the encoder on the code was gold in training; 0.5 when never hit. */
    public double clausePrecision(String code) {
        return dictionaryPrecision(CLAUSE + code);
    }

    /** Training documents where a clause hit of the encoder found the code. */
    public int clauseDocuments(String code) {
        return dictionaryDocuments(CLAUSE + code);
    }

    /** How often a dictionary hit on the code was gold in training, smoothed toward one half; 0.5 when never hit. */
    public double dictionaryPrecision(String code) {
        int[] n = dictionaryHits.get(code);
        return n == null ? 0.5 : (n[1] + 0.5) / (n[0] + 1.0);
    }

    /** Training documents where the dictionary/encoder proposed the code. */
    public int dictionaryDocuments(String code) {
        int[] n = dictionaryHits.get(code);
        return n == null ? 0 : n[0];
    }

    /** The associations of an n-gram (empty when none). */
    public List<Association> associations(String gram) {
        return grams.mightContain(gram) ? byGram.getOrDefault(gram, List.of()) : List.of();
    }

    /** The share of training documents that had the code, smoothed. */
    public double prior(String code) {
        return (codeDocs.getOrDefault(code, 0) + 0.5) / (documents + 1.0);
    }

    /**
     * The share of the category's training documents that had this code: how likely this child is when the
     * category is right (a back-off for candidates whose 4th to 7th characters the words do not settle).
     */
    public double childShare(String code) {
        int category = categoryDocs.getOrDefault(category(code), 0);
        return category == 0 ? 0 : Math.min(1, codeDocs.getOrDefault(code, 0) / (double) category);
    }

    /** How many training documents had a code of the category (its most frequent code's count, a lower bound). */
    public int categoryDocuments(String code) {
        return categoryDocs.getOrDefault(category(code), 0);
    }

    private static String category(String code) {
        return code.substring(0, Math.min(3, code.length()));
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

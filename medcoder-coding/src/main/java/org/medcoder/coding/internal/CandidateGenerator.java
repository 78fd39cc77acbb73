package org.medcoder.coding.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ContextFlag;

/**
 * Gathers the candidate codes of a note from the learned lexicon and the code-set dictionary, and turns each
 * into the feature vector the classifier reads.
 */
public final class CandidateGenerator {

    /** Number of features, bias included. */
    public static final int FEATURES = 35;

    static final double MIN_CANDIDATE_PRECISION = 0.15;

    private CandidateGenerator() {
    }

    /**
     * The candidates of one note.
     *
     * @param lexicon  learned associations (null: learned statistics off)
     * @param hits     dictionary hits (already mapped to the label space)
     * @param context  whether context flags are read
     */
    public static Map<String, Candidate> candidates(AnalyzedNote note, Map<String, List<int[]>> grams,
            Lexicon lexicon, List<ConceptHit> hits, boolean context) {
        Map<String, Candidate> out = new HashMap<>();
        if (lexicon != null) {
            grams.forEach((g, occ) -> {
                // Indexed, without an iterator: this runs for every n-gram of the note, most with no association.
                List<Lexicon.Association> list = lexicon.associations(g);
                for (int k = 0; k < list.size(); k++) {
                    Lexicon.Association a = list.get(k);
                    Candidate c = out.computeIfAbsent(a.code(), Candidate::new);
                    double p = a.precision();
                    c.grams++;
                    c.sumPrecision += p;
                    // Ties go to the shorter n-gram: the plainest words for the evidence.
                    if (p > c.bestPrecision || (p == c.bestPrecision && g.length() < c.bestGram.length())) {
                        c.bestPrecision = p;
                        c.bestPair = a.pair();
                        c.bestGram = g;
                        c.bestOccurrences = occ;
                    }
                }
            });
        }
        // Weak associations alone are noise: keep a learned-only candidate when its best n-gram is precise enough.
        out.values().removeIf(c -> c.bestPrecision < MIN_CANDIDATE_PRECISION);
        for (ConceptHit h : hits) {
            Candidate c = out.computeIfAbsent(h.code(), Candidate::new);
            if (SiblingDetail.isSibling(h)) {
                c.sibling = c.sibling == null || h.words() > c.sibling.words() ? h : c.sibling;
                c.siblingOccurrences.add(new int[] {h.from(), h.to()});
                continue;
            }
            if (ClauseEncoder.isClause(h)) {
                if (c.clause == null || h.words() > c.clause.words()) {
                    c.clause = h;
                }
                c.clauseOccurrences.add(new int[] {h.from(), h.to()});
                continue;
            }
            if (c.dictionary == null || h.words() > c.dictionary.words()) {
                c.dictionary = h;
            }
            c.dictionaryOccurrences.add(new int[] {h.from(), h.to()});
        }
        for (Candidate c : out.values()) {
            if (context) {
                contextShares(note, c);
            }
            c.features = features(c, lexicon, context);
        }
        return out;
    }

    /** The shares of {@link Candidate#occurrences}' ranges, read in its order from its lists (no copy per candidate). */
    private static void contextShares(AnalyzedNote note, Candidate c) {
        int n = c.occurrenceCount();
        if (n == 0) {
            return;
        }
        addShares(note, c, c.dictionaryOccurrences, n);
        addShares(note, c, c.bestOccurrences, n);
        addShares(note, c, c.clauseOccurrences, n);
        addShares(note, c, c.siblingOccurrences, n);
    }

    private static void addShares(AnalyzedNote note, Candidate c, List<int[]> occ, int n) {
        for (int i = 0; i < occ.size(); i++) { // indexed, and the flags alone: this runs for every evidence range
            int[] o = occ.get(i);
            for (ContextFlag f : note.flagsOf(o[0], o[1])) {
                c.context[f.ordinal()] += 1.0 / n;
            }
        }
    }

    static double[] features(Candidate c, Lexicon lexicon, boolean context) {
        double negated = c.context[ContextFlag.NEGATED.ordinal()];
        double family = c.context[ContextFlag.FAMILY.ordinal()];
        double hypothetical = c.context[ContextFlag.HYPOTHETICAL.ordinal()];
        double affirmed = Math.max(0, 1 - Math.max(negated, Math.max(family, hypothetical)));
        Lexicon.CodeStats s = lexicon == null ? null : lexicon.stats(c.code);
        int seen = s == null ? 0 : s.codeDocuments();
        double prior = s == null ? 0 : Math.log(s.prior()) / 7 + 1;
        int dictWords = c.dictionary == null ? 0 : c.dictionary.words();
        return new double[] {
            1,
            c.bestPrecision,
            Math.log1p(c.bestPair) / 3,
            Math.log1p(c.grams) / 2,
            Math.min(c.sumPrecision, 3) / 3,
            prior,
            c.bestGram.isEmpty() ? 0 : words(c.bestGram) / 4.0,
            affirmed,
            negated,
            c.context[ContextFlag.HISTORICAL.ordinal()],
            c.context[ContextFlag.UNCERTAIN.ordinal()],
            family,
            hypothetical,
            c.dictionary == null ? 0 : 1,
            Math.min(dictWords, 5) / 5.0,
            Math.log1p(c.occurrenceCount()) / 2,
            c.code.startsWith("R") ? 1 : 0,
            c.bestPrecision * affirmed,
            seen > 0 ? 1 : 0,
            c.structured ? 1 : 0,
            (c.dictionary == null ? 0 : 1) * (seen > 0 ? 1 : 0),
            c.bestPrecision * c.bestPrecision,
            (c.dictionary == null ? 0 : 1) * (seen > 0 ? 0 : 1),
            s == null ? 0 : s.childShare(),
            s == null ? 0 : Math.log1p(s.categoryDocuments()) / 5,
            c.dictionary == null || s == null ? 0 : s.dictionaryPrecision(),
            c.dictionary == null || s == null ? 0 : Math.log1p(s.dictionaryDocuments()) / 5,
            // Only the distinguishing words of the code's title near a hit of its category (SiblingDetail).
            c.sibling != null && c.dictionary == null && c.clause == null ? 1 + c.sibling.words() / 3.0 : 0,
            // The encoder read a whole clause as this code: its own evidence, weighed apart from dictionary hits.
            c.clause == null ? 0 : 1,
            c.clause != null && c.dictionary == null ? 1 : 0,
            c.clause == null ? 0 : c.clause.words() / 5.0,
            (c.clause == null ? 0 : 1) * (seen > 0 ? 1 : 0),
            Math.log1p(c.clauseOccurrences.size()) / 2,
            c.clause == null || s == null ? 0 : s.clausePrecision(),
            c.clause == null || s == null ? 0 : Math.log1p(s.clauseDocuments()) / 5,
        };
    }

    /** The words of an n-gram (joined by single spaces, {@link Grams}). */
    private static int words(String gram) {
        int n = 1;
        for (int i = 0; i < gram.length(); i++) {
            n += gram.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /** Recomputes the features after a change (e.g. a structured record was added). */
    public static void refresh(Candidate c, Lexicon lexicon, boolean context) {
        c.features = features(c, lexicon, context);
    }

    /** Adds a structured-record candidate or marks an existing one. */
    public static Candidate structured(Map<String, Candidate> candidates, String code) {
        Candidate c = candidates.computeIfAbsent(code, Candidate::new);
        c.structured = true;
        return c;
    }

    /** The feature vector of a candidate. */
    public static double[] featuresOf(Candidate c) {
        return c.features;
    }
}

package org.medcoder.coding.internal;

import java.util.List;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.Token;

/**
 * What the sentences holding a candidate's mentions say about it: a sentence that states a diagnosis ("was
 * diagnosed with", "diagnosis of") or a treatment names a condition the case is about; the opening sentences of a
 * case report give the presenting problem and the patient's history, the closing ones the outcome.
 */
final class SentenceCues {

    private final boolean[] diagnosis;
    private final boolean[] treatment;
    private final int sentences;
    private final List<Token> tokens;

    private SentenceCues(boolean[] diagnosis, boolean[] treatment, int sentences, List<Token> tokens) {
        this.diagnosis = diagnosis;
        this.treatment = treatment;
        this.sentences = sentences;
        this.tokens = tokens;
    }

    static SentenceCues of(AnalyzedNote note) {
        int n = note.sentences().size();
        boolean[] diagnosis = new boolean[n];
        boolean[] treatment = new boolean[n];
        for (Token t : note.tokens()) {
            if (t.sentence() < n) {
                String w = t.term(); // lower case already (Token)
                diagnosis[t.sentence()] |= w.startsWith("diagnos");
                treatment[t.sentence()] |= w.startsWith("treat") || w.startsWith("therap");
            }
        }
        return new SentenceCues(diagnosis, treatment, n, note.tokens());
    }

    /** Writes four shares of the mentions at {@code x[k..k+3]}: diagnosis, treatment, opening and closing sentences. */
    void features(List<int[]> occurrences, double[] x, int k) {
        if (occurrences.isEmpty()) {
            return;
        }
        int d = 0;
        int t = 0;
        int opening = 0;
        int closing = 0;
        for (int[] o : occurrences) {
            if (o[0] >= tokens.size()) {
                continue;
            }
            int s = tokens.get(o[0]).sentence();
            if (s >= sentences) {
                continue;
            }
            d += diagnosis[s] ? 1 : 0;
            t += treatment[s] ? 1 : 0;
            opening += s < 2 ? 1 : 0;
            closing += s >= sentences - 3 ? 1 : 0;
        }
        double n = occurrences.size();
        x[k] = d / n;
        x[k + 1] = t / n;
        x[k + 2] = opening / n;
        x[k + 3] = closing / n;
    }
}

package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoder.coding.Evidence;
import org.medcoder.nlp.AnalyzedNote;

/** Writes the evidence of a candidate: spans and quoted words from the note, and how each was found. */
public final class EvidenceWriter {

    static final int MAX = 3;

    private EvidenceWriter() {
    }

    /** Up to {@value #MAX} pieces of evidence, dictionary hits first. */
    public static List<Evidence> of(AnalyzedNote note, Candidate c, Lexicon lexicon) {
        List<Evidence> out = new ArrayList<>();
        for (int[] o : c.dictionaryOccurrences) {
            add(out, note, o, c.dictionary.source());
        }
        if (!c.bestGram.isEmpty()) {
            // Plain concatenation, not String.format (parsed again on every call): the same text.
            String how = "learned: \"" + c.bestGram + "\" with this code in " + c.bestPair + " of "
                    + Math.max(c.bestPair, (int) Math.round(c.bestPair / Math.max(c.bestPrecision, 1e-9)) - 1)
                    + " training cases";
            for (int[] o : c.bestOccurrences) {
                add(out, note, o, how);
            }
        }
        for (int[] o : c.clauseOccurrences) {
            add(out, note, o, c.clause.source());
        }
        for (int[] o : c.siblingOccurrences) {
            add(out, note, o, c.sibling.source());
        }
        return out;
    }

    private static void add(List<Evidence> out, AnalyzedNote note, int[] o, String how) {
        if (out.size() >= MAX) {
            return;
        }
        var span = note.span(o[0], o[1]);
        for (Evidence e : out) {
            if (e.span().equals(span)) {
                return;
            }
        }
        out.add(new Evidence(span, span.in(note.text()), how));
    }
}

package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.Token;

/**
 * Cuts each sentence of a note into clauses the encoder can read as one diagnostic statement: at {@code , ; : ( )},
 * at the words "and", "or", "nor", "but", "then" and at the relatives "which", "who", "whom", "whose". "with" and
 * "without" stay inside the clause: they carry combination meaning in the Alphabetic Index ("diabetes with chronic
 * kidney disease", Guideline I.A.15).
 */
final class ClauseSplitter {

    /**
     * The most tokens a clause the encoder reads may have. It finds the condition inside a long clause well, but
     * past 30 tokens nothing was gained (train 3-fold CV, D MAP with at most 10, 14, 20, 30, 60 tokens: 0.478, 0.487,
     * 0.492, 0.495, 0.495).
     */
    static final int MAX_TOKENS = 30;

    private ClauseSplitter() {
    }

    /** The token ranges {@code [from, to)} of the clauses of the note with 1 to {@value #MAX_TOKENS} tokens. */
    static List<int[]> clauses(AnalyzedNote note) {
        List<Token> tokens = note.tokens();
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || isBreak(tokens.get(i).term())
                    || tokens.get(i).sentence() != tokens.get(start).sentence();
            if (!end) {
                continue;
            }
            if (i > start && i - start <= MAX_TOKENS) {
                out.add(new int[] {start, i});
            }
            // A break word is not part of either clause; a new sentence starts a clause at its first token.
            start = i < tokens.size() && isBreak(tokens.get(i).term()) ? i + 1 : i;
        }
        return out;
    }

    /**
     * Whether a term ends a clause (the class comment's list). A switch, not a set: it runs for every token of
     * every note, and most terms are longer than any break word.
     */
    private static boolean isBreak(String term) {
        if (term.length() > 5) {
            return false;
        }
        return switch (term) {
            case ",", ";", ":", "(", ")", "and", "or", "but", "which", "who", "whom", "whose", "then", "nor" -> true;
            default -> false;
        };
    }

    /** The clause as the encoder reads it: its terms (abbreviations expanded), separated by spaces. */
    static String statement(AnalyzedNote note, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(note.tokens().get(i).term());
        }
        return b.toString();
    }
}

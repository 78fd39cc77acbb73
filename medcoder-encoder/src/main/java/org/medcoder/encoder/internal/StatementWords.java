package org.medcoder.encoder.internal;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Masks of statement words that name no condition of their own: encounter words (7th character), laterality and
 * similar context words, and negated words. Bit i of a mask is the statement's word i.
 */
final class StatementWords {

    private static final Set<String> ENCOUNTER = Set.of(Words.stem("initial"), Words.stem("subsequent"),
            Words.stem("sequela"), Words.stem("encounter"));

    /** The encounter words and laterality and similar context words. */
    private static final Set<String> CONTEXT = Stream.concat(ENCOUNTER.stream(), Stream.of("right", "left",
            "bilateral", "closed", "open", "routine", "healing").map(Words::stem)).collect(Collectors.toUnmodifiableSet());

    /**
     * Words saying a drug was taken as prescribed: an adverse effect (I.C.19.e.5.a), the Drug table's column, not
     * part of the drug's name.
     */
    private static final Set<String> AS_PRESCRIBED = Set.of(Words.stem("taken"), Words.stem("as"),
            Words.stem("prescribed"), Words.stem("properly"), Words.stem("administered"), Words.stem("correctly"),
            Words.stem("adverse"), Words.stem("effect"), Words.stem("therapeutic"), Words.stem("use"),
            // "due to chemotherapy": an antineoplastic drug given as treatment (Antineoplastic NEC, I.C.2.c.2).
            Words.stem("chemotherapy"), Words.stem("cytoreductive"));

    private StatementWords() {
    }

    /** The words saying a drug was taken as prescribed ("taken as prescribed", "adverse effect"). */
    static long asPrescribedWords(Statement s) {
        return matching(s, AS_PRESCRIBED);
    }

    /** Statement words not in the mask, other than negated ones and encounter/laterality words. */
    static long unexplained(Statement s, long covered) {
        long out = 0;
        for (int i = 0; i < s.stems.length; i++) {
            if ((covered & (1L << i)) == 0 && !s.stems[i].startsWith("~") && !CONTEXT.contains(s.stems[i])) {
                out |= 1L << i;
            }
        }
        return out;
    }

    /** The encounter, laterality and similar context words of the statement. */
    static long contextWords(Statement s) {
        return matching(s, CONTEXT);
    }

    /** The encounter words of the statement ("initial encounter", "sequela"). */
    static long encounterWords(Statement s) {
        return matching(s, ENCOUNTER);
    }

    private static long matching(Statement s, Set<String> stems) {
        long out = 0;
        for (int i = 0; i < s.stems.length; i++) {
            out |= stems.contains(s.stems[i]) ? 1L << i : 0;
        }
        return out;
    }
}

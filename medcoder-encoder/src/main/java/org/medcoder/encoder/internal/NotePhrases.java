package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The phrases of a "use additional code" or "code first" note and whether the statement states one of them
 * (Guideline I.A.13, I.A.17; {@link NotePairing}): a phrase is stated when every word of it the main code's own
 * title does not already say is in the statement ("heart failure due to hypertension" needs "hypertension" for
 * I50.-), and most of its words are. "NOS" phrases in "code first" notes are catch-alls for an unstated nature and
 * never fire by themselves. Each note's phrases are parsed once (hot path).
 */
final class NotePhrases {

    /** A note's text read as "code first" or not ({@link #of}). */
    private record NoteText(String text, boolean codeFirst) {
    }

    private static final Pattern CODES = Pattern.compile("\\b[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{0,4})?-?");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern BOILER = Pattern.compile("(?i)\\b(use|additional|code|codes|identify|first|underlying"
            + "|if|applicable|known|any|such|as|note|when|documented|present|associated|condition|type|stage|site"
            + "|severity|to|the|of|for|with|specify|specified|other)\\b");

    private final Vocabulary vocabulary;
    private final ConcurrentHashMap<NoteText, int[][]> fragments = new ConcurrentHashMap<>();

    NotePhrases(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The note's phrases as word lists; "NOS" phrases of "code first" notes left out (see the class comment). */
    int[][] of(String text, boolean codeFirst) {
        return NotePairing.cached(fragments, new NoteText(text, codeFirst), k -> phrases(text, codeFirst));
    }

    /** Whether a phrase of the note ({@code fragments}) is in the statement (see the class comment). */
    static boolean triggered(int[][] fragments, Statement s, int[] own) {
        for (int[] w : fragments) {
            int hit = 0;
            boolean distinctMissing = false;
            for (int id : w) {
                boolean in = s.bit(id) != 0;
                hit += in ? 1 : 0;
                distinctMissing |= !in && Arrays.binarySearch(own, id) < 0;
            }
            if (hit >= 1 && !distinctMissing && hit * 10 >= w.length * 6) {
                return true;
            }
        }
        return false;
    }

    private int[][] phrases(String text, boolean codeFirst) {
        String plain = PARENS.matcher(CODES.matcher(text).replaceAll(" ")).replaceAll(" ");
        List<int[]> out = new ArrayList<>();
        for (String fragment : plain.split("[,;:]")) {
            if (!(codeFirst && fragment.matches("(?s).*\\bNOS\\b.*"))) {
                out.add(vocabulary.internAll(BOILER.matcher(fragment).replaceAll(" ")));
            }
        }
        return out.toArray(int[][]::new);
    }
}

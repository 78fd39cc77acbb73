package org.medcoder.encoder.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbers and the word they belong to: a number qualifies the word before it ("type 2", "level 1", "stage 3",
 * "grade 2"), so an index subterm "type 1" is stated only by "type 1", never by a "type" and a "1" of different
 * phrases ("type 2 diabetes with level 1 hypoglycemia" is type 2: Index "Diabetes, type 2, with, hypoglycemia",
 * I.A.15, I.B.1 - the index term is matched as written). Computed once per index term and once per statement.
 */
final class NumberedWords {

    /** The words that take a number in index titles (stems, as {@link Words#stems} gives them). */
    private static final Set<String> KEYS = Set.copyOf(Words.stems("type level stage grade class degree"));

    private NumberedWords() {
    }

    /** The first "type/level/stage/grade/class/degree number" pair of a term title ("type 1"), or null (most titles). */
    static String pairOf(String title) {
        if (!hasDigit(title)) {
            return null;
        }
        List<String> stems = Words.stems(title);
        for (int i = 1; i < stems.size(); i++) {
            if (number(stems.get(i)) && KEYS.contains(stems.get(i - 1))) {
                return stems.get(i - 1) + " " + stems.get(i);
            }
        }
        return null;
    }

    /** Every "word number" pair of a statement's stems, in text order; empty when it has no number. */
    static Set<String> pairs(List<String> stems) {
        Set<String> out = null;
        for (int i = 1; i < stems.size(); i++) {
            if (number(stems.get(i))) {
                out = out == null ? new HashSet<>(4) : out;
                out.add(stems.get(i - 1) + " " + stems.get(i));
            }
        }
        return out == null ? Set.of() : out;
    }

    /** The number of a pair ("type 1" -> "1"). */
    static String numberOf(String pair) {
        return pair.substring(pair.indexOf(' ') + 1);
    }

    private static boolean number(String stem) {
        return !stem.isEmpty() && Character.isDigit(stem.charAt(0)) && Character.isDigit(stem.charAt(stem.length() - 1));
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

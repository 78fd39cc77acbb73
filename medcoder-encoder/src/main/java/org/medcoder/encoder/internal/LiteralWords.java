package org.medcoder.encoder.internal;

/**
 * Abbreviation variants that are literal words joined by {@code \s+} ("chronic\s+kidney\s+disease"): matched by
 * comparing the words and skipping the blanks between them, the same match their pattern finds with
 * {@code lookingAt} (hot path of {@link Abbreviations#expand}: no {@code Matcher} per try).
 */
final class LiteralWords {

    private LiteralWords() {
    }

    /** The words of a variant's regex when it is literal words joined by {@code \s+}, else null. */
    static String[] of(String regex) {
        String[] words = regex.split("\\\\s\\+", -1);
        for (String w : words) {
            if (w.isEmpty() || Abbreviations.literalPrefix(w).length() != w.length()) {
                return null;
            }
        }
        return words.length > 1 ? words : null;
    }

    /**
     * The end of the words' match at {@code start}, or -1. Each blank run is taken whole, as {@code \s+} does: the
     * next word starts with no blank, so no shorter run could match. No letter or digit may follow (the variant's
     * look-ahead); the caller checked the look-behind (a word starts at {@code start}).
     */
    static int end(String[] words, String t, int start) {
        int at = start;
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                int blanks = at;
                while (Abbreviations.blankAt(t, at)) {
                    at++;
                }
                if (at == blanks) {
                    return -1;
                }
            }
            if (!t.startsWith(words[k], at)) {
                return -1;
            }
            at += words[k].length();
        }
        return at == t.length() || !Abbreviations.isWordChar(t.charAt(at)) ? at : -1;
    }
}

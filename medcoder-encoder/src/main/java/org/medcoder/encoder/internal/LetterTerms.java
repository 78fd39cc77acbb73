package org.medcoder.encoder.internal;

/**
 * Index subterms that are a single letter under a word that takes one ("Hepatitis, viral, type, A" B15.9;
 * "Deficiency, vitamin, A" E50.9): the letter alone is a stopword (the article "a"), so the subterm would require no
 * statement word at all and never be told apart from its siblings. It is matched as the parent's last word with
 * the letter, which {@link Words} keeps after such a word in statements too ("vitamin A", "type A").
 */
final class LetterTerms {

    /** Nonessential modifiers in parentheses and the NOS / NEC abbreviations of a title. */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile(
            "\\([^)]*\\)|\\b(?:nos|nec)\\b");

    private LetterTerms() {
    }

    /** The words a subterm titled {@code title} under {@code parent} requires. */
    static int[] words(Vocabulary vocabulary, String title, Node parent) {
        int[] words = vocabulary.internAll(title);
        String letter = title.strip();
        if (words.length > 0 || parent == null || letter.length() != 1 || !Character.isLetter(letter.charAt(0))) {
            return words;
        }
        // The parent's own word, without its nonessential modifier or NOS/NEC: "Deficiency, vitamin (multiple)
        // NOS, A" is "vitamin A" (I.A.6.a: NOS; I.A.7: parentheses enclose nonessential modifiers).
        String[] above = NOT_WORD.matcher(Lower.of(parent.term.title())).replaceAll(" ").strip().split("[^a-z]+");
        if (above.length == 0) {
            return words;
        }
        int[] both = vocabulary.internAll(above[above.length - 1] + " " + letter);
        return both.length == 2 ? both : words;
    }
}

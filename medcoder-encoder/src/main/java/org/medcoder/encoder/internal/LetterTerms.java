package org.medcoder.encoder.internal;

/**
 * Index subterms that are a single letter under a word that takes one ("Hepatitis, viral, type, A" B15.9;
 * "Deficiency, vitamin, A" E50.9): the letter alone is a stopword (the article "a"), so the subterm would require no
 * statement word at all and never be told apart from its siblings. It is matched as the parent's last word with
 * the letter, which {@link Words} keeps after such a word in statements too ("vitamin A", "type A").
 */
final class LetterTerms {

    private LetterTerms() {
    }

    /** The words a subterm titled {@code title} under {@code parent} requires. */
    static int[] words(Vocabulary vocabulary, String title, Node parent) {
        int[] words = vocabulary.internAll(title);
        String letter = title.strip();
        if (words.length > 0 || parent == null || letter.length() != 1 || !Character.isLetter(letter.charAt(0))) {
            return words;
        }
        String[] above = Lower.of(parent.term.title()).split("[^a-z]+");
        if (above.length == 0) {
            return words;
        }
        int[] both = vocabulary.internAll(above[above.length - 1] + " " + letter);
        return both.length == 2 ? both : words;
    }
}

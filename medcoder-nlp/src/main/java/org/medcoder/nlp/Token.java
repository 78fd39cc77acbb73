package org.medcoder.nlp;

import java.util.Objects;
import org.medcoder.core.TextSpan;

/**
 * A word or symbol of a note with its normalized term. An expanded abbreviation becomes several tokens that all
 * point at the abbreviation's characters ({@code HTN} gives {@code hypertension} over the span of "HTN").
 *
 * @param span     the characters in the original text
 * @param term     the lower-case term used for matching
 * @param sentence the index of the sentence it belongs to
 * @param expanded whether the term comes from an abbreviation expansion rather than the surface text
 */
public record Token(TextSpan span, String term, int sentence, boolean expanded) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(term, "term");
        if (term.isEmpty()) {
            throw new IllegalArgumentException("empty token term at " + span);
        }
    }
}

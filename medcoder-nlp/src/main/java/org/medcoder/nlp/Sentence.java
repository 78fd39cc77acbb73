package org.medcoder.nlp;

import java.util.Objects;
import org.medcoder.core.TextSpan;

/**
 * A sentence (or list item) of a note.
 *
 * @param span    its characters in the original text, surrounding blanks excluded
 * @param section the kind of section it belongs to
 */
public record Sentence(TextSpan span, SectionKind section) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(section, "section");
    }
}

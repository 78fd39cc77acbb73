package org.medcoder.nlp;

import java.util.Objects;
import org.medcoder.core.TextSpan;

/**
 * A section of a note: its kind, the heading as written (empty span when there is none) and the body.
 *
 * @param kind    the kind of section
 * @param heading the heading's characters, e.g. {@code Past Medical History:}
 * @param span    the whole section, heading included, up to the next heading
 */
public record Section(SectionKind kind, TextSpan heading, TextSpan span) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(span, "span");
    }
}

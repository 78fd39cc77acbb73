package org.medcoder.coding;

import java.util.Objects;
import org.medcoder.core.TextSpan;

/**
 * One piece of evidence for a proposed code.
 *
 * @param span   the characters in the original text ({@code [0,0)} for structured evidence)
 * @param quote  the words quoted from the text, or the structured record's display
 * @param source how the code was found: an index path ({@code Index: Pneumonia > aspiration}), a tabular title,
 *               a learned association ({@code learned: "brucellosis" → A23.9, 14/15 train cases}) or a structured
 *               record ({@code FHIR Condition/1})
 */
public record Evidence(TextSpan span, String quote, String source) {

    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(source, "source");
    }
}

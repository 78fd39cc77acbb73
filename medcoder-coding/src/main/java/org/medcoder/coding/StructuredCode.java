package org.medcoder.coding;

import java.util.Objects;
import org.medcoder.core.CodeSystem;

/**
 * A code already present in a structured record (a FHIR Condition or Procedure), counted as evidence.
 *
 * @param system  the code system
 * @param code    the code as written
 * @param display the display text, or empty
 * @param source  where it came from, e.g. {@code Condition/123 code.coding[0]}
 */
public record StructuredCode(CodeSystem system, String code, String display, String source) {

    public StructuredCode {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(source, "source");
    }
}

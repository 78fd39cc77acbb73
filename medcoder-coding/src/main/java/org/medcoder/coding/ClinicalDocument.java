package org.medcoder.coding;

import java.util.List;
import java.util.Objects;

/**
 * A document to code: its narrative text and any structured codes that came with it.
 *
 * @param id         the document id (a file name without extension, a FHIR resource id)
 * @param text       the narrative (may be empty when only structured data came)
 * @param structured codes from structured resources (FHIR Condition, Procedure)
 */
public record ClinicalDocument(String id, String text, List<StructuredCode> structured) {

    public ClinicalDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        structured = List.copyOf(structured);
    }

    /** A plain-text note. */
    public static ClinicalDocument ofText(String id, String text) {
        return new ClinicalDocument(id, text, List.of());
    }
}

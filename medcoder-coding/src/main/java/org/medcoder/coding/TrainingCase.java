package org.medcoder.coding;

import java.util.Objects;
import java.util.Set;

/**
 * A coded document to learn from (e.g. one CodiEsp train case).
 *
 * @param id         the document id
 * @param text       the note text
 * @param diagnoses  the gold ICD-10-CM codes, normalized (upper case, no dot)
 * @param procedures the gold ICD-10-PCS codes, normalized (7 characters, or the first 4 when partial)
 */
public record TrainingCase(String id, String text, Set<String> diagnoses, Set<String> procedures) {

    public TrainingCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        diagnoses = Set.copyOf(diagnoses);
        procedures = Set.copyOf(procedures);
    }
}

package org.medcoder.coding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medcoder.core.TextSpan;

/**
 * A coded document to learn from (e.g. one CodiEsp train case).
 *
 * @param id         the document id
 * @param text       the note text
 * @param diagnoses  the gold ICD-10-CM codes, normalized (upper case, no dot)
 * @param procedures the gold ICD-10-PCS codes, normalized (7 characters, or the first 4 when partial)
 * @param evidence   where in the text each gold code's evidence is (diagnosis codes as in {@code diagnoses},
 *                   procedure codes by their first 4 characters); codes without an entry are learned from the
 *                   whole document
 */
public record TrainingCase(String id, String text, Set<String> diagnoses, Set<String> procedures,
        Map<String, List<TextSpan>> evidence) {

    public TrainingCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        diagnoses = Set.copyOf(diagnoses);
        procedures = Set.copyOf(procedures);
        evidence = Map.copyOf(evidence);
        evidence.forEach((code, spans) -> spans.forEach(s -> {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("evidence of " + code + " ends at " + s.end() + ", past the text ("
                        + text.length() + " characters)");
            }
        }));
    }

    /** A case without evidence locations: every gold code is learned from the whole document. */
    public TrainingCase(String id, String text, Set<String> diagnoses, Set<String> procedures) {
        this(id, text, diagnoses, procedures, Map.of());
    }
}

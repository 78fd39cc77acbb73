package org.medcoder.coding;

import java.util.List;
import java.util.Objects;

/**
 * The codes proposed for one document.
 *
 * @param documentId  the document id
 * @param setting     the setting coded for
 * @param diagnoses   ICD-10-CM codes proposed, first-listed/principal first, then by confidence
 * @param procedures  ICD-10-PCS codes proposed, by confidence
 * @param suggestions further candidates below the proposal threshold, by confidence (shown as "also consider")
 * @param principal   why the first diagnosis is proposed as first-listed/principal (empty when none)
 * @param decisions   context and setting decisions (findings not coded, and why)
 */
public record CodingResult(String documentId, Setting setting, List<ProposedCode> diagnoses,
        List<ProposedCode> procedures, List<ProposedCode> suggestions, String principal,
        List<ContextDecision> decisions) {

    public CodingResult {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(setting, "setting");
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(principal, "principal");
        decisions = List.copyOf(decisions);
    }
}

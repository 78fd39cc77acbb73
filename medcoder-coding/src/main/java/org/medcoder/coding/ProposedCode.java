package org.medcoder.coding;

import java.util.List;
import java.util.Objects;
import org.medcoder.core.CodeSystem;

/**
 * A code proposed for a document, for a coder to accept, edit or reject.
 *
 * @param system     ICD-10-CM or ICD-10-PCS
 * @param code       the code as coders write it ({@code A23.9}, {@code 0DT60ZZ})
 * @param title      its title in the release (empty when no release is loaded)
 * @param confidence the estimated probability that the code is right, calibrated on the training corpus (0..1)
 * @param evidence   the evidence, strongest first
 * @param guidelines the guideline sections applied, e.g. {@code I.C.21.c.4 (personal history)}
 */
public record ProposedCode(CodeSystem system, String code, String title, double confidence, List<Evidence> evidence,
        List<String> guidelines) {

    public ProposedCode {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        evidence = List.copyOf(evidence);
        guidelines = List.copyOf(guidelines);
    }
}

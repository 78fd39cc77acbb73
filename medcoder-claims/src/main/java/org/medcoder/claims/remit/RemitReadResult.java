package org.medcoder.claims.remit;

import java.util.List;
import java.util.Objects;
import org.medcoder.claims.x12.ValidationReport;
import org.medcoder.core.Finding;

/**
 * What {@link RemitReader} read from one file: the remittances (one per 835 transaction set), the findings
 * (schema validation, amounts that could not be read, payments that do not balance), and the validation report
 * behind them.
 */
public record RemitReadResult(List<Remittance> remittances, List<Finding> findings, ValidationReport validation) {

    public RemitReadResult {
        remittances = List.copyOf(remittances);
        findings = List.copyOf(findings);
        Objects.requireNonNull(validation, "validation");
    }

    /** Whether any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}

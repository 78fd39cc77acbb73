package org.medcoder.claims.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medcoder.core.Finding;

/**
 * What {@link X12Validator} found in one X12 file: whether it could be read at all, each transaction set with
 * its errors, and the errors of the envelope (ISA/GS/GE/IEA, delimiters, truncation).
 *
 * @param source         the file name, used in findings
 * @param readable       false when the file is not X12 at all (no ISA header could be read)
 * @param interchange    the ISA sender, receiver and control number
 * @param transactions   the transaction sets, in file order
 * @param envelopeErrors errors outside any transaction set
 */
public record ValidationReport(String source, boolean readable, InterchangeHeader interchange,
                               List<TransactionResult> transactions, List<X12Error> envelopeErrors) {

    public ValidationReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(interchange, "interchange");
        transactions = List.copyOf(transactions);
        envelopeErrors = List.copyOf(envelopeErrors);
    }

    /** Whether the file was read and has no errors. */
    public boolean isValid() {
        return readable && envelopeErrors.isEmpty() && transactions.stream().allMatch(TransactionResult::accepted);
    }

    /** Every error as a finding, envelope errors first, then by transaction set. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (X12Error e : envelopeErrors) {
            out.add(e.toFinding(source, ""));
        }
        for (TransactionResult t : transactions) {
            for (X12Error e : t.errors()) {
                out.add(e.toFinding(source, t.controlNumber()));
            }
        }
        return List.copyOf(out);
    }
}

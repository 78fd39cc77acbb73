package org.medcoder.claims.x12;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validation result of one transaction set (ST..SE).
 *
 * @param group           the functional group it was in
 * @param transactionSetId ST01, e.g. {@code 835}
 * @param controlNumber   ST02
 * @param implementation  ST03, else GS08
 * @param kind            the transaction kind when medcoder knows the guide
 * @param errors          the errors, in file order
 */
public record TransactionResult(GroupHeader group, String transactionSetId, String controlNumber,
                                String implementation, Optional<TransactionKind> kind, List<X12Error> errors) {

    public TransactionResult {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(transactionSetId, "transactionSetId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(kind, "kind");
        errors = List.copyOf(errors);
    }

    /** Whether the transaction set has no errors (999 IK501 = A). */
    public boolean accepted() {
        return errors.isEmpty();
    }
}

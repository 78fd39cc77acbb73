package org.medcoder.claims.remit;

import java.util.List;
import java.util.Objects;
import org.medcoder.core.Money;

/**
 * A service line (or a whole claim) the payer paid nothing for, with the reasons it gave.
 *
 * @param lineNumber the 1-based line number within the claim's service lines, 0 for a claim denied as a whole
 * @param procedure  the procedure of the line ({@link Procedure#NONE} for a whole claim)
 * @param charge     the charge that was not paid
 * @param reasons    the adjustments that explain the denial (not the patient-responsibility ones)
 * @param remarks    the remark codes sent with it
 */
public record DeniedLine(int lineNumber, Procedure procedure, Money charge, List<Adjustment> reasons,
                         List<RemarkCode> remarks) {

    public DeniedLine {
        if (lineNumber < 0) {
            throw new IllegalArgumentException("line number must be >= 0, was " + lineNumber);
        }
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(charge, "charge");
        reasons = List.copyOf(reasons);
        remarks = List.copyOf(remarks);
    }
}

package org.medcoder.claims.remit;

import java.math.BigDecimal;
import java.util.Objects;
import org.medcoder.core.Money;

/**
 * One reason/amount/quantity triplet of a CAS segment: why the payer paid less (or more) than was billed.
 * A positive amount decreases the payment, a negative one increases it (X12 835 TR3, CAS segment notes).
 *
 * @param group    the claim adjustment group code: CO, OA, PI, PR (CR in 4010-era files)
 * @param reason   the claim adjustment reason code (CARC), e.g. {@code 45}
 * @param amount   the adjustment amount
 * @param quantity the adjusted units, {@link BigDecimal#ZERO} when not sent
 */
public record Adjustment(String group, String reason, Money amount, BigDecimal quantity) {

    public Adjustment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** Whether this adjustment is the patient's to pay (group PR). */
    public boolean isPatientResponsibility() {
        return "PR".equals(group);
    }

    /** Whether this adjustment is a contractual write-off the provider may not bill to the patient (group CO). */
    public boolean isContractual() {
        return "CO".equals(group);
    }
}

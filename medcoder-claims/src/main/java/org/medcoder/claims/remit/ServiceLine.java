package org.medcoder.claims.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.Money;

/**
 * One adjudicated service line of a claim (loop 2110: SVC with its DTM, CAS, REF, AMT and LQ segments).
 *
 * @param procedure            SVC01: the procedure as adjudicated
 * @param charge               SVC02: the line's submitted charge
 * @param paid                 SVC03: the amount paid for the line
 * @param revenueCode          SVC04: the NUBC revenue code on institutional lines; empty when absent
 * @param units                SVC05: the units paid (the TR3 says one when not sent)
 * @param submittedProcedure   SVC06: the procedure as submitted, when the payer changed it; {@link Procedure#NONE} otherwise
 * @param serviceDate          DTM*472 or DTM*150: the (first) date of service, when sent
 * @param allowed              AMT*B6: the payer's allowed amount, when sent
 * @param controlNumber        REF*6R: the line item control number the provider sent on the 837; empty when absent
 * @param adjustments          the CAS adjustments of the line
 * @param remarks              the LQ remark codes of the line
 */
public record ServiceLine(Procedure procedure, Money charge, Money paid, String revenueCode, BigDecimal units,
                          Procedure submittedProcedure, Optional<LocalDate> serviceDate, Optional<Money> allowed,
                          String controlNumber, List<Adjustment> adjustments, List<RemarkCode> remarks) {

    public ServiceLine {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(revenueCode, "revenueCode");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(submittedProcedure, "submittedProcedure");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(controlNumber, "controlNumber");
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
    }

    /** The sum of this line's adjustment amounts. */
    public Money adjustmentTotal() {
        return Adjustments.total(adjustments);
    }

    /** Whether the payer paid nothing for a line that was charged: a denied line. */
    public boolean isDenied() {
        return paid.isZero() && charge.amount().signum() > 0;
    }
}

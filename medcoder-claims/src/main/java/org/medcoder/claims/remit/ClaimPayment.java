package org.medcoder.claims.remit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.Money;

/**
 * The payer's decision on one claim (loop 2100: CLP with its CAS, NM1, MIA/MOA, DTM and AMT segments, and
 * its service lines in loop 2110).
 *
 * @param claimId                 CLP01: the patient control number the provider sent in CLM01 — the key to the claim medcoder sent
 * @param status                  CLP02: the claim status code ({@code 1} primary, {@code 4} denied, {@code 22} reversal ...)
 * @param charge                  CLP03: the total submitted charge
 * @param paid                    CLP04: the amount paid for the claim
 * @param patientResponsibility   CLP05: what the patient owes (deductible, coinsurance, co-pay); zero when not sent
 * @param filingIndicator         CLP06: the claim filing indicator ({@code 12} PPO, {@code MA} Medicare Part A, {@code MC} Medicaid ...)
 * @param payerClaimControlNumber CLP07: the payer's own number for the claim
 * @param facilityTypeCode        CLP08: place of service or type of bill facility code; empty when absent
 * @param frequencyCode           CLP09: the claim frequency code; empty when absent
 * @param patient                 NM1*QC: the patient
 * @param statementFrom           DTM*232: the claim statement period start, when sent
 * @param statementTo             DTM*233: the claim statement period end, when sent
 * @param adjustments             the claim-level CAS adjustments
 * @param remarks                 the claim-level remark codes from MOA or MIA
 * @param lines                   the adjudicated service lines (none when the payer adjudicated the claim as a whole)
 */
public record ClaimPayment(String claimId, String status, Money charge, Money paid, Money patientResponsibility,
                           String filingIndicator, String payerClaimControlNumber, String facilityTypeCode,
                           String frequencyCode, Party patient, Optional<LocalDate> statementFrom,
                           Optional<LocalDate> statementTo, List<Adjustment> adjustments, List<RemarkCode> remarks,
                           List<ServiceLine> lines) {

    public ClaimPayment {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        Objects.requireNonNull(filingIndicator, "filingIndicator");
        Objects.requireNonNull(payerClaimControlNumber, "payerClaimControlNumber");
        Objects.requireNonNull(facilityTypeCode, "facilityTypeCode");
        Objects.requireNonNull(frequencyCode, "frequencyCode");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(statementFrom, "statementFrom");
        Objects.requireNonNull(statementTo, "statementTo");
        adjustments = List.copyOf(adjustments);
        remarks = List.copyOf(remarks);
        lines = List.copyOf(lines);
    }

    /** Every adjustment of the claim: the claim-level ones, then each line's, in file order. */
    public List<Adjustment> allAdjustments() {
        List<Adjustment> all = new ArrayList<>(adjustments);
        for (ServiceLine line : lines) {
            all.addAll(line.adjustments());
        }
        return List.copyOf(all);
    }

    /** The sum of all claim- and line-level adjustment amounts. */
    public Money adjustmentTotal() {
        return Adjustments.total(allAdjustments());
    }

    /**
     * Whether charge − paid equals the sum of the adjustments, as the TR3 balancing rules require for a
     * claim (835 TR3 section 1.10.2.1, "Balancing").
     */
    public boolean isBalanced() {
        return charge.minus(paid).compareTo(adjustmentTotal()) == 0;
    }

    /** Whether the payer denied the whole claim (CLP02 = 4). */
    public boolean isDenied() {
        return "4".equals(status);
    }

    /** Whether this is a reversal of an earlier payment (CLP02 = 22). */
    public boolean isReversal() {
        return "22".equals(status);
    }
}

package org.medcoder.claims.remit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medcoder.core.Money;

/**
 * What a biller posts for one claim of a remittance: billed, allowed, paid, what the patient owes, what is
 * written off by contract, and which lines were denied and why.
 *
 * <p>Allowed is the sum of the payer's AMT*B6 allowed amounts when every line carries one; otherwise it is
 * the charge less the contractual (CO) and payer-initiated (PI) reductions, which is what remains for the payer,
 * the patient and other payers to share.
 *
 * @param claimId               CLP01
 * @param status                CLP02
 * @param billed                CLP03
 * @param allowed               see above
 * @param paid                  CLP04
 * @param patientResponsibility CLP05 (when sent), else the sum of PR adjustments
 * @param contractualAdjustment the sum of CO adjustments (claim and lines)
 * @param otherAdjustment       the sum of OA and PI adjustments (claim and lines)
 * @param balanced              whether billed − paid = Σ adjustments
 * @param match                 how the claim matched the claims medcoder sent
 * @param deniedLines           the lines paid nothing (or the whole claim, line 0, when it was denied as a whole)
 */
public record PostingSummary(String claimId, String status, Money billed, Money allowed, Money paid,
                             Money patientResponsibility, Money contractualAdjustment, Money otherAdjustment,
                             boolean balanced, Match match, List<DeniedLine> deniedLines) {

    /** How a paid claim compares with what medcoder sent. */
    public enum Match {
        /** No list of sent claims was given. */
        NOT_CHECKED,
        /** The claim id was sent and the billed amount agrees. */
        MATCHED,
        /** The claim id was sent but CLP03 differs from the charge that was sent. */
        CHARGE_DIFFERS,
        /** The claim id is not among the claims sent. */
        UNKNOWN_CLAIM
    }

    public PostingSummary {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(match, "match");
        deniedLines = List.copyOf(deniedLines);
    }

    /** The posting summary of one claim payment, without matching to sent claims. */
    public static PostingSummary of(ClaimPayment claim) {
        return of(claim, Match.NOT_CHECKED);
    }

    /** The posting summaries of every claim in a remittance, matched by claim id to the claims sent (empty: not checked). */
    public static List<PostingSummary> of(Remittance remittance, Collection<SentClaim> sent) {
        Map<String, SentClaim> byId = sent.stream()
                .collect(Collectors.toMap(SentClaim::claimId, Function.identity(), (a, b) -> a));
        List<PostingSummary> out = new ArrayList<>();
        for (ClaimPayment claim : remittance.claims()) {
            out.add(of(claim, match(claim, byId)));
        }
        return List.copyOf(out);
    }

    private static Match match(ClaimPayment claim, Map<String, SentClaim> sent) {
        if (sent.isEmpty()) {
            return Match.NOT_CHECKED;
        }
        SentClaim s = sent.get(claim.claimId());
        if (s == null) {
            return Match.UNKNOWN_CLAIM;
        }
        // A reversal (CLP02 = 22) carries the charge negated (835 TR3, CLP03 notes).
        Money charge = claim.isReversal() ? Money.ZERO.minus(claim.charge()) : claim.charge();
        return charge.compareTo(s.totalCharge()) == 0 ? Match.MATCHED : Match.CHARGE_DIFFERS;
    }

    private static PostingSummary of(ClaimPayment claim, Match match) {
        List<Adjustment> all = claim.allAdjustments();
        Money contractual = Adjustments.totalOfGroup(all, "CO");
        Money other = Adjustments.totalOfGroup(all, "OA").plus(Adjustments.totalOfGroup(all, "PI"));
        Money patient = claim.patientResponsibility().isZero()
                ? Adjustments.totalOfGroup(all, "PR") : claim.patientResponsibility();
        return new PostingSummary(claim.claimId(), claim.status(), claim.charge(), allowed(claim, all),
                claim.paid(), patient, contractual, other, claim.isBalanced(), match, deniedLines(claim));
    }

    private static Money allowed(ClaimPayment claim, List<Adjustment> all) {
        if (!claim.lines().isEmpty() && claim.lines().stream().allMatch(l -> l.allowed().isPresent())) {
            Money sum = Money.ZERO;
            for (ServiceLine line : claim.lines()) {
                sum = sum.plus(line.allowed().orElseThrow());
            }
            return sum;
        }
        return claim.charge().minus(Adjustments.totalOfGroup(all, "CO")).minus(Adjustments.totalOfGroup(all, "PI"));
    }

    private static List<DeniedLine> deniedLines(ClaimPayment claim) {
        List<DeniedLine> denied = new ArrayList<>();
        if (claim.lines().isEmpty() && (claim.isDenied() || claim.paid().isZero() && claim.charge().amount().signum() > 0)) {
            denied.add(new DeniedLine(0, Procedure.NONE, claim.charge(), reasons(claim.adjustments()), claim.remarks()));
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            ServiceLine line = claim.lines().get(i);
            if (line.isDenied()) {
                // A line without its own CAS was denied for the claim-level reasons.
                List<Adjustment> why = reasons(line.adjustments());
                if (why.isEmpty()) {
                    why = reasons(claim.adjustments());
                }
                denied.add(new DeniedLine(i + 1, line.procedure(), line.charge(), why, line.remarks()));
            }
        }
        return List.copyOf(denied);
    }

    /** The adjustments that explain a denial: the patient's share is not a reason the payer refused. */
    private static List<Adjustment> reasons(List<Adjustment> adjustments) {
        return adjustments.stream().filter(a -> !a.isPatientResponsibility()).toList();
    }
}

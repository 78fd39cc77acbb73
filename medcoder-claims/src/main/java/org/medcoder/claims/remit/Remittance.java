package org.medcoder.claims.remit;

import java.util.List;
import java.util.Objects;
import org.medcoder.core.Money;

/**
 * One X12 835 health care claim payment/advice (one ST..SE transaction set, 005010X221A1): the payment, the
 * payer and payee, the claims paid or denied, and the provider-level adjustments.
 *
 * @param controlNumber       ST02: the transaction set control number
 * @param payment             BPR/TRN: the amount, method, date and trace number of the payment
 * @param payer               loop 1000A: the payer
 * @param payee               loop 1000B: the payee (the provider being paid)
 * @param claims              loop 2100: the claims, in file order
 * @param providerAdjustments PLB: the provider-level adjustments
 */
public record Remittance(String controlNumber, Payment payment, Party payer, Party payee, List<ClaimPayment> claims,
                         List<ProviderAdjustment> providerAdjustments) {

    public Remittance {
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /** The sum of CLP04 over all claims. */
    public Money claimPaidTotal() {
        Money sum = Money.ZERO;
        for (ClaimPayment c : claims) {
            sum = sum.plus(c.paid());
        }
        return sum;
    }

    /** The sum of the PLB amounts. */
    public Money providerAdjustmentTotal() {
        Money sum = Money.ZERO;
        for (ProviderAdjustment p : providerAdjustments) {
            sum = sum.plus(p.amount());
        }
        return sum;
    }

    /**
     * Whether the payment balances: BPR02 = Σ CLP04 − Σ PLB amounts (835 TR3 section 1.10.2.1, "Balancing").
     * A debit (BPR03 = D) is compared as a negative payment.
     */
    public boolean isBalanced() {
        Money expected = claimPaidTotal().minus(providerAdjustmentTotal());
        Money actual = "D".equals(payment.creditDebit()) ? Money.ZERO.minus(payment.amount()) : payment.amount();
        return expected.compareTo(actual) == 0;
    }
}

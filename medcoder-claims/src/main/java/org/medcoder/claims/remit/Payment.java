package org.medcoder.claims.remit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.Money;

/**
 * The money side of a remittance: the BPR financial information and the TRN reassociation trace that ties
 * the 835 to the check or EFT (X12 835 TR3, header BPR and TRN).
 *
 * @param handlingCode BPR01: {@code I} remittance only, {@code C} payment with remittance, {@code H} notification only ...
 * @param amount       BPR02: the total actual provider payment
 * @param creditDebit  BPR03: {@code C} credit or {@code D} debit
 * @param method       BPR04: {@code ACH}, {@code CHK}, {@code BOP}, {@code FWT} or {@code NON}
 * @param date         BPR16: the check issue or EFT effective date, when it could be read
 * @param traceNumber  TRN02: the check or EFT trace number
 * @param originatorId TRN03: the payer's originating company identifier; empty when absent
 */
public record Payment(String handlingCode, Money amount, String creditDebit, String method,
                      Optional<LocalDate> date, String traceNumber, String originatorId) {

    public Payment {
        Objects.requireNonNull(handlingCode, "handlingCode");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(creditDebit, "creditDebit");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(traceNumber, "traceNumber");
        Objects.requireNonNull(originatorId, "originatorId");
    }
}

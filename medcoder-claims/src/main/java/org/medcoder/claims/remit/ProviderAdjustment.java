package org.medcoder.claims.remit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.Money;

/**
 * A provider-level adjustment (PLB): money taken or given outside any one claim, such as an overpayment
 * recovery ({@code WO}), interest ({@code L6}) or a forwarding balance ({@code FB}). A positive amount reduces
 * the payment (X12 835 TR3, PLB segment notes: BPR02 = total claim payments − total PLB amounts).
 *
 * @param providerId       PLB01: the provider identifier (usually the NPI)
 * @param fiscalPeriodEnd  PLB02: the last day of the provider's fiscal year, when it could be read
 * @param reason           PLB03-1: the adjustment reason code
 * @param reference        PLB03-2: the reference (e.g. the claim the recovery is for); empty when absent
 * @param amount           PLB04: the amount
 */
public record ProviderAdjustment(String providerId, Optional<LocalDate> fiscalPeriodEnd, String reason,
                                 String reference, Money amount) {

    public ProviderAdjustment {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(fiscalPeriodEnd, "fiscalPeriodEnd");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
    }
}

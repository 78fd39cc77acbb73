package org.medcoder.pricing;

import java.math.BigDecimal;
import java.util.List;
import org.medcoder.core.Money;

/**
 * A claim priced line by line in claim context, with totals.
 *
 * @param lines             the priced lines, in claim order
 * @param totalChargeCents  the sum of the lines' charges (lines without a charge count 0)
 * @param totalAllowedCents the sum of the priced lines' expected allowed amounts
 */
public record PricedClaim(List<PricedLine> lines, long totalChargeCents, long totalAllowedCents) {

    public PricedClaim {
        lines = List.copyOf(lines);
    }

    /** The total charge. */
    public Money totalCharge() {
        return Money.of(BigDecimal.valueOf(totalChargeCents, 2));
    }

    /** The total expected allowed amount. */
    public Money totalAllowed() {
        return Money.of(BigDecimal.valueOf(totalAllowedCents, 2));
    }

    /** Whether some line could not be priced because of the input (code not on the schedule, bad modifiers). */
    public boolean hasInputProblems() {
        for (PricedLine l : lines) {
            if (l.outcome() == LineOutcome.NOT_ON_SCHEDULE || l.outcome() == LineOutcome.INVALID_MODIFIERS) {
                return true;
            }
        }
        return false;
    }
}

package org.medcoder.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import org.medcoder.core.Money;

/**
 * One payment rule applied to a line, with the line amount before and after it (in cents, all units together).
 *
 * @param rule        the rule
 * @param beforeCents the amount before, cents
 * @param afterCents  the amount after, cents
 */
public record Adjustment(PaymentRule rule, long beforeCents, long afterCents) {

    public Adjustment {
        Objects.requireNonNull(rule, "rule");
    }

    /** The amount before the rule. */
    public Money before() {
        return Money.of(BigDecimal.valueOf(beforeCents, 2));
    }

    /** The amount after the rule. */
    public Money after() {
        return Money.of(BigDecimal.valueOf(afterCents, 2));
    }
}

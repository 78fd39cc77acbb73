package org.medcoder.claims.remit;

import java.util.Collection;
import org.medcoder.core.Money;

/** Sums over adjustments, shared by the claim and line records. */
final class Adjustments {

    private Adjustments() {
    }

    static Money total(Collection<Adjustment> adjustments) {
        Money sum = Money.ZERO;
        for (Adjustment a : adjustments) {
            sum = sum.plus(a.amount());
        }
        return sum;
    }

    static Money totalOfGroup(Collection<Adjustment> adjustments, String group) {
        Money sum = Money.ZERO;
        for (Adjustment a : adjustments) {
            if (a.group().equals(group)) {
                sum = sum.plus(a.amount());
            }
        }
        return sum;
    }
}

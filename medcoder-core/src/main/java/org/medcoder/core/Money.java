package org.medcoder.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in US dollars, held to the cent (claims and remittances carry cents). */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Parses a decimal amount such as {@code 125.5} or {@code -10}. */
    public static Money parse(String text) {
        try {
            return new Money(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("not an amount: '" + text + "'");
        }
    }

    /** The amount of a decimal value, rounded half-up to the cent. */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** The amount of a double value, rounded half-up to the cent. */
    public static Money of(double amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** Plain form with two decimals, as X12 and the forms print amounts: {@code 125.50}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}

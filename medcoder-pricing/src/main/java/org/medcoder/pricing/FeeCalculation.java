package org.medcoder.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.medcoder.core.Money;

/**
 * The fee schedule amount of one unit, step by step: the RVU row used, the locality's GPCIs, the conversion factor
 * and the result. Formula of MCPM ch.12 §20.1:
 * {@code [(wRVU × wGPCI) + (peRVU × peGPCI) + (mpRVU × mpGPCI)] × CF}. The products are kept exact and the fee is
 * rounded once, half up, to the cent (see {@link Pricer} for why).
 *
 * @param entry      the PPRRVU row
 * @param gpci       the locality's GPCIs
 * @param peSetting  whose PE RVU was used (facility when the non-facility PE is NA)
 * @param feeCents   the fee of one unit, cents
 */
public record FeeCalculation(RvuEntry entry, Gpci gpci, CareSetting peSetting, long feeCents) {

    public FeeCalculation {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(gpci, "gpci");
        Objects.requireNonNull(peSetting, "peSetting");
    }

    /** The fee of one unit. */
    public Money fee() {
        return Money.of(BigDecimal.valueOf(feeCents, 2));
    }

    /** The PE RVU used (hundredths). */
    public int peRvu() {
        return entry.peRvu(peSetting);
    }

    /** The geographically adjusted RVUs, exact: the sum of the three RVU × GPCI products. */
    public BigDecimal adjustedRvus() {
        return product(entry.workRvu(), gpci.work()).add(product(peRvu(), gpci.pe()))
                .add(product(entry.malpracticeRvu(), gpci.mp()));
    }

    /** The arithmetic as text, e.g. {@code [(1.30 × 1.000) + (1.46 × 0.975) + (0.09 × 0.623)] × 33.4009 = ...}. */
    public String arithmetic() {
        BigDecimal w = product(entry.workRvu(), gpci.work());
        BigDecimal pe = product(peRvu(), gpci.pe());
        BigDecimal mp = product(entry.malpracticeRvu(), gpci.mp());
        BigDecimal sum = w.add(pe).add(mp);
        BigDecimal exact = sum.multiply(entry.conversionFactorDollars());
        return "[(" + RvuEntry.rvu(entry.workRvu()) + " × " + Gpci.index(gpci.work()) + ") + ("
                + RvuEntry.rvu(peRvu()) + " × " + Gpci.index(gpci.pe()) + ") + ("
                + RvuEntry.rvu(entry.malpracticeRvu()) + " × " + Gpci.index(gpci.mp()) + ")] × "
                + entry.conversionFactorDollars() + " = [" + w.toPlainString() + " + " + pe.toPlainString() + " + "
                + mp.toPlainString() + "] × " + entry.conversionFactorDollars() + " = " + sum.toPlainString() + " × "
                + entry.conversionFactorDollars() + " = " + exact.toPlainString() + " → "
                + exact.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal product(int rvuHundredths, int gpciThousandths) {
        return RvuEntry.rvu(rvuHundredths).multiply(Gpci.index(gpciThousandths));
    }
}

package org.medcoder.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The geographic practice cost indices of one Medicare locality (GPCI file, Addendum E), each held in thousandths
 * (the file gives three decimals).
 *
 * @param locality the locality
 * @param name     the locality name as the file gives it, e.g. {@code REST OF WASHINGTON}
 * @param work     work GPCI (with the 1.0 floor), thousandths
 * @param pe       practice expense GPCI, thousandths
 * @param mp       malpractice GPCI, thousandths
 * @param line     the 1-based line in the file
 */
public record Gpci(LocalityId locality, String name, int work, int pe, int mp, int line) {

    public Gpci {
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(name, "name");
        if (work <= 0 || pe <= 0 || mp <= 0) {
            throw new IllegalArgumentException("GPCIs must be positive for " + locality + " at line " + line);
        }
    }

    /** A GPCI held in thousandths as a decimal with three places. */
    public static BigDecimal index(int thousandths) {
        return BigDecimal.valueOf(thousandths, 3);
    }
}

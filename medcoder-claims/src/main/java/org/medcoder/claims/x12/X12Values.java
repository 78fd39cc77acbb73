package org.medcoder.claims.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.medcoder.claims.DateRange;
import org.medcoder.core.Money;

/** How medcoder's values are written in X12 elements (TR3 appendix A: data element types R, DT). */
final class X12Values {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private X12Values() {
    }

    /** A date as CCYYMMDD (format D8). */
    static String date(LocalDate d) {
        return d.format(D8);
    }

    /** A range as CCYYMMDD-CCYYMMDD (format RD8). */
    static String range(DateRange r) {
        return date(r.from()) + "-" + date(r.to());
    }

    /** D8 for a single day, RD8 for a range. */
    static String rangeQualifier(DateRange r) {
        return r.isSingleDay() ? "D8" : "RD8";
    }

    /** The value of a D8 or RD8 date. */
    static String dates(DateRange r) {
        return r.isSingleDay() ? date(r.from()) : range(r);
    }

    /** An amount as a decimal without trailing zeros after the point (X12 type R: 125.5, 125, 0). */
    static String amount(Money m) {
        return decimal(m.amount());
    }

    /** A decimal without trailing zeros after the point. */
    static String decimal(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }
}

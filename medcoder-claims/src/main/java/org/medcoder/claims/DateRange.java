package org.medcoder.claims;

import java.time.LocalDate;

/** Dates of service from and to, both inclusive; a single day when both are equal. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Require.present("from date", from);
        Require.present("to date", to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends " + to + " before it starts " + from);
        }
    }

    /** The range from {@code from} to {@code to}. */
    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    /** A single day. */
    public static DateRange day(LocalDate date) {
        return new DateRange(date, date);
    }

    /** Whether the range is one day. */
    public boolean isSingleDay() {
        return from.equals(to);
    }

    /** Whether the date lies within the range. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether the other range lies entirely within this one. */
    public boolean contains(DateRange other) {
        return contains(other.from) && contains(other.to);
    }

    @Override
    public String toString() {
        return isSingleDay() ? from.toString() : from + ".." + to;
    }
}

package org.medcoder.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The inclusive range of dates of service (or discharge) a release applies to, e.g. ICD-10-CM FY2026 is
 * 2025-10-01..2026-09-30.
 */
public record EffectivePeriod(LocalDate start, LocalDate end) {

    public EffectivePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("effective period ends " + end + " before it starts " + start);
        }
    }

    /** The period from {@code start} to {@code end}, both inclusive. */
    public static EffectivePeriod of(LocalDate start, LocalDate end) {
        return new EffectivePeriod(start, end);
    }

    /** A US federal fiscal year: FY2026 is 2025-10-01..2026-09-30. */
    public static EffectivePeriod fiscalYear(int fy) {
        return new EffectivePeriod(LocalDate.of(fy - 1, 10, 1), LocalDate.of(fy, 9, 30));
    }

    /** A calendar year, as used by the Physician Fee Schedule and HCPCS. */
    public static EffectivePeriod calendarYear(int year) {
        return new EffectivePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the date falls within this period (both ends inclusive). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}

package org.medcoder.encoder;

import java.util.Locale;

/**
 * The care setting of the encounter, which decides how an uncertain diagnosis ("probable", "suspected", "rule out"
 * ...) is coded: outpatient services and office visits code the signs and symptoms instead (Official Guidelines
 * FY2026 Section IV.H); inpatient admissions code it as if it were established (Sections II.H and III.C).
 */
public enum Setting {
    /** Hospital-based outpatient services and provider-based office visits (Section IV); the default. */
    OUTPATIENT,
    /** Inpatient admissions to short-term, acute, long-term care and psychiatric hospitals (Sections II, III). */
    INPATIENT;

    /**
     * Parses {@code outpatient} or {@code inpatient} (any case).
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static Setting parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "outpatient" -> OUTPATIENT;
            case "inpatient" -> INPATIENT;
            default -> throw new IllegalArgumentException("setting must be outpatient or inpatient, not '" + text + "'");
        };
    }
}

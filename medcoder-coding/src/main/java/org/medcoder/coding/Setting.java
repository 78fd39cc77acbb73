package org.medcoder.coding;

/** The care setting, which decides how uncertain diagnoses are coded. */
public enum Setting {
    /**
     * Outpatient services (ICD-10-CM Official Guidelines Section IV): uncertain diagnoses ("probable",
     * "suspected", "rule out") are not coded; the signs and symptoms are (IV.H).
     */
    OUTPATIENT,
    /**
     * Inpatient admissions (Sections II and III): an uncertain diagnosis documented at discharge is coded as if it
     * were established (II.H, III.C).
     */
    INPATIENT;

    /** Parses {@code outpatient} or {@code inpatient}, any case. */
    public static Setting parse(String text) {
        for (Setting s : values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown setting '" + text + "' (expected outpatient or inpatient)");
    }
}

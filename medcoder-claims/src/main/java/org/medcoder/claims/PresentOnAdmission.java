package org.medcoder.claims;

/**
 * The present-on-admission indicator of an inpatient diagnosis (837I HI0x-9; ICD-10-CM Official Guidelines
 * Appendix I). Codes exempt from reporting carry no indicator.
 */
public enum PresentOnAdmission {
    /** Present at the time of inpatient admission. */
    Y,
    /** Not present at the time of inpatient admission. */
    N,
    /** Documentation insufficient to determine. */
    U,
    /** Clinically undetermined. */
    W;

    /** Parses Y, N, U or W in any case. */
    public static PresentOnAdmission parse(String text) {
        for (PresentOnAdmission p : values()) {
            if (p.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a present-on-admission indicator: '" + text + "' (Y, N, U or W)");
    }
}

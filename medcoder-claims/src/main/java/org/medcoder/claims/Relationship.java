package org.medcoder.claims;

/**
 * The patient's relationship to the subscriber when they are different people (TR3 2000C PAT01, individual
 * relationship codes). When the patient is the subscriber there is no 2000C loop (SBR02 = 18).
 */
public enum Relationship {
    SPOUSE("01"), CHILD("19"), EMPLOYEE("20"), UNKNOWN("21"), ORGAN_DONOR("39"), CADAVER_DONOR("40"),
    LIFE_PARTNER("53"), OTHER("G8");

    private final String code;

    Relationship(String code) {
        this.code = code;
    }

    /** The X12 individual relationship code. */
    public String code() {
        return code;
    }

    /** Parses the X12 code ({@code 19}) or the name ({@code child}, {@code life_partner}). */
    public static Relationship parse(String text) {
        for (Relationship r : values()) {
            if (r.code.equals(text) || r.name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("not a patient relationship: '" + text
                + "' (spouse, child, employee, unknown, organ_donor, cadaver_donor, life_partner, other)");
    }
}

package org.medcoder.claims;

import java.util.Set;

/**
 * A UB-04 type of bill (NUBC, form locator 4): four digits, a leading zero, the facility type, the bill
 * classification and the claim frequency, e.g. {@code 0111} hospital inpatient, original claim. In the 837I it is
 * split into CLM05-1 (facility code = digits 2-3) and CLM05-3 (frequency = digit 4).
 */
public record TypeOfBill(String value) {

    /** Facility codes (digits 2-3) that bill inpatient stays and so need admission date, type and source (TR3 2300 CL1, DTP*435). */
    private static final Set<String> INPATIENT = Set.of("11", "12", "18", "21", "22", "41", "65", "66", "86");

    public TypeOfBill {
        if (value == null || !value.matches("0[1-8][1-9][0-9A-Z]")) {
            throw new IllegalArgumentException("not a type of bill: '" + value + "' (four characters, e.g. 0111 or 0131)");
        }
    }

    /** Parses {@code 0111} or {@code 111} (the leading zero added). */
    public static TypeOfBill parse(String text) {
        String t = text == null ? null : text.strip();
        return new TypeOfBill(t != null && t.length() == 3 ? "0" + t : t);
    }

    /** The type of bill of a facility code (CLM05-1) and a frequency (CLM05-3). */
    public static TypeOfBill of(String facilityCode, FrequencyCode frequency) {
        return new TypeOfBill("0" + facilityCode + frequency.code());
    }

    /** The facility type and bill classification, as written in CLM05-1: {@code 11}. */
    public String facilityCode() {
        return value.substring(1, 3);
    }

    /** The claim frequency digit, CLM05-3. */
    public String frequencyCode() {
        return value.substring(3);
    }

    /** Whether this bill is for an inpatient stay. */
    public boolean isInpatient() {
        return INPATIENT.contains(facilityCode());
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.medcoder.claims;

/** A CMS place-of-service code, two digits, e.g. {@code 11} office, {@code 22} on-campus outpatient hospital. */
public record PlaceOfService(String value) {

    public PlaceOfService {
        if (value == null || !value.matches("[0-9]{2}") || value.equals("00")) {
            throw new IllegalArgumentException("not a place of service: '" + value + "' (two digits 01-99, e.g. 11)");
        }
    }

    /** Parses a code, surrounding blanks ignored. */
    public static PlaceOfService parse(String text) {
        return new PlaceOfService(text == null ? null : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}

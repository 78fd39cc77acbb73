package org.medcoder.claims;

/** A federal tax identification number (EIN) of a billing provider: nine digits, written with or without the dash. */
public record TaxId(String value) {

    public TaxId {
        if (value == null || !value.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("not a tax id: '" + value + "' (nine digits, e.g. 12-3456789)");
        }
    }

    /** Parses {@code 12-3456789} or {@code 123456789}. */
    public static TaxId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("not a tax id: null");
        }
        String t = text.strip();
        if (t.matches("[0-9]{2}-[0-9]{7}")) {
            t = t.substring(0, 2) + t.substring(3);
        }
        return new TaxId(t);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.medcoder.claims;

/** A CPT/HCPCS procedure modifier: exactly two letters or digits, e.g. {@code 25}, {@code LT}, {@code GT}. */
public record Modifier(String value) {

    public Modifier {
        if (value == null || !value.matches("[A-Z0-9]{2}")) {
            throw new IllegalArgumentException("not a modifier: '" + value + "' (two letters or digits, e.g. 25 or LT)");
        }
    }

    /** Parses a modifier in any case. */
    public static Modifier parse(String text) {
        return new Modifier(text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.medcoder.claims;

/** A UB-04 revenue code (NUBC), four digits with the leading zero, e.g. {@code 0450} emergency room. */
public record RevenueCode(String value) {

    public RevenueCode {
        if (value == null || !value.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("not a revenue code: '" + value + "' (four digits, e.g. 0450)");
        }
    }

    /** Parses {@code 0450} or {@code 450} (the leading zero added). */
    public static RevenueCode parse(String text) {
        String t = text == null ? null : text.strip();
        return new RevenueCode(t != null && t.matches("[0-9]{3}") ? "0" + t : t);
    }

    @Override
    public String toString() {
        return value;
    }
}

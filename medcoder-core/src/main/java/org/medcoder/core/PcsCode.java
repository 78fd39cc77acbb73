package org.medcoder.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ICD-10-PCS code: exactly seven characters, digits and letters other than O and I. Whether the
 * tables allow the combination is the code set's business.
 */
public record PcsCode(String value) implements Comparable<PcsCode> {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NP-Z]{7}");

    public PcsCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an ICD-10-PCS code: '" + value
                    + "' (seven characters 0-9 and A-Z without I and O)");
        }
    }

    /** Parses a code in any case, surrounding blanks ignored. */
    public static PcsCode parse(String text) {
        return new PcsCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The character at a 1-based axis position (1 = section ... 7 = qualifier). */
    public char axis(int position) {
        if (position < 1 || position > 7) {
            throw new IllegalArgumentException("PCS axis position must be 1..7, was " + position);
        }
        return value.charAt(position - 1);
    }

    @Override
    public int compareTo(PcsCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

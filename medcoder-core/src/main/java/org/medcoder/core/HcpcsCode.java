package org.medcoder.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A five-character procedure code as billed on a claim line: HCPCS Level II ({@code J1100}) or a CPT
 * code number ({@code 99213}, {@code 0001F}, {@code 0042T}). CPT descriptions are AMA copyright and never
 * live here; the code number does.
 */
public record HcpcsCode(String value) implements Comparable<HcpcsCode> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][0-9]{3}[A-Z0-9]");

    public HcpcsCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a HCPCS/CPT code: '" + value + "' (five characters, e.g. 99213 or J1100)");
        }
    }

    /** Parses a code in any case, surrounding blanks ignored. */
    public static HcpcsCode parse(String text) {
        return new HcpcsCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether this is a HCPCS Level II code (starts with a letter) rather than a CPT number. */
    public boolean isLevelII() {
        return Character.isLetter(value.charAt(0));
    }

    @Override
    public int compareTo(HcpcsCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

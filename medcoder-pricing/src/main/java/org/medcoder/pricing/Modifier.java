package org.medcoder.pricing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A two-character CPT/HCPCS modifier as billed on a claim line ({@code 26}, {@code TC}, {@code 50}, {@code 80},
 * {@code AS}...). Only the modifiers the fee schedule's payment policy indicators read change a price; the rest are
 * carried along.
 */
public record Modifier(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{2}");

    public static final Modifier PROFESSIONAL = new Modifier("26");
    public static final Modifier TECHNICAL = new Modifier("TC");
    public static final Modifier BILATERAL = new Modifier("50");
    public static final Modifier CO_SURGEONS = new Modifier("62");
    public static final Modifier TEAM_SURGEONS = new Modifier("66");
    public static final Modifier NON_PHYSICIAN_ASSISTANT = new Modifier("AS");
    public static final Modifier DISCONTINUED = new Modifier("53");

    public Modifier {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed modifier: '" + value + "' (two letters or digits, e.g. 26, TC, 50)");
        }
    }

    /** Parses a modifier in any case, surrounding blanks ignored. */
    public static Modifier parse(String text) {
        return new Modifier(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether this is an assistant-at-surgery modifier of a physician: 80, 81 or 82. */
    public boolean isPhysicianAssistantAtSurgery() {
        return value.equals("80") || value.equals("81") || value.equals("82");
    }

    @Override
    public String toString() {
        return value;
    }
}

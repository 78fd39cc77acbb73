package org.medcoder.pricing;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Medicare payment locality: Medicare Administrative Contractor (MAC) number, state and locality number. All three
 * are needed: MAC 05102 serves both Connecticut and Iowa, each as locality 00 (GPCI file, Addendum E).
 *
 * @param mac    five-digit MAC (contractor) number, e.g. {@code 05102}
 * @param state  two-letter state (or territory) code
 * @param number two-digit locality number, e.g. {@code 00}, {@code 99}
 */
public record LocalityId(String mac, String state, String number) {

    private static final Pattern MAC = Pattern.compile("[0-9]{5}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{2}");

    public LocalityId {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(number, "number");
        if (!MAC.matcher(mac).matches()) {
            throw new IllegalArgumentException("not a MAC number: '" + mac + "' (five digits, e.g. 05102)");
        }
        if (!STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("not a state code: '" + state + "' (two letters, e.g. IA)");
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a locality number: '" + number + "' (two digits, e.g. 00)");
        }
    }

    /** The locality of a MAC, state and locality number in any case; a one-digit number is zero-padded. */
    public static LocalityId of(String mac, String state, String number) {
        String n = number.strip();
        return new LocalityId(mac.strip(), state.strip().toUpperCase(Locale.ROOT), n.length() == 1 ? "0" + n : n);
    }

    @Override
    public String toString() {
        return mac + "-" + state + "-" + number;
    }
}

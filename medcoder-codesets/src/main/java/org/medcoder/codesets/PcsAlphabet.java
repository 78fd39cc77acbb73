package org.medcoder.codesets;

/**
 * The 34 characters an ICD-10-PCS code is written with: digits 0-9 and letters A-Z without I and O (which
 * would be mistaken for 1 and 0). Each has a fixed ordinal 0..33, used to hold sets of axis values as bits.
 */
public final class PcsAlphabet {

    /** How many characters the alphabet has. */
    public static final int SIZE = 34;

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final byte[] ORDINAL = new byte[128];

    static {
        java.util.Arrays.fill(ORDINAL, (byte) -1);
        for (int i = 0; i < CHARS.length(); i++) {
            ORDINAL[CHARS.charAt(i)] = (byte) i;
        }
    }

    private PcsAlphabet() {
    }

    /** The ordinal 0..33 of a PCS character, or -1 when it is not one (e.g. {@code I}, {@code O}, lower case). */
    public static int ordinal(char c) {
        return c < 128 ? ORDINAL[c] : -1;
    }

    /** The character with this ordinal. */
    public static char character(int ordinal) {
        return CHARS.charAt(ordinal);
    }

    /** Whether the character may appear in a PCS code. */
    public static boolean isPcsCharacter(char c) {
        return ordinal(c) >= 0;
    }
}

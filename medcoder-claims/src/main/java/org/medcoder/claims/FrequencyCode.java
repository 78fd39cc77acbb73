package org.medcoder.claims;

/**
 * The claim frequency (NUBC claim frequency type code, CLM05-3 in the 837, last digit of the type of bill):
 * an original claim, a replacement of a prior claim, or the void of a prior claim.
 */
public enum FrequencyCode {
    /** 1: admit through discharge / original claim. */
    ORIGINAL("1"),
    /** 7: replacement of a prior claim (needs the payer's claim control number, REF*F8). */
    REPLACEMENT("7"),
    /** 8: void/cancel of a prior claim (needs the payer's claim control number, REF*F8). */
    VOID("8");

    private final String code;

    FrequencyCode(String code) {
        this.code = code;
    }

    /** The one-character code written in the 837. */
    public String code() {
        return code;
    }

    /** Whether the claim refers to an earlier one (replacement or void). */
    public boolean refersToPriorClaim() {
        return this != ORIGINAL;
    }

    /** Parses the code ({@code 1}, {@code 7}, {@code 8}) or the name ({@code original}, {@code replacement}, {@code void}). */
    public static FrequencyCode parse(String text) {
        for (FrequencyCode f : values()) {
            if (f.code.equals(text) || f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a claim frequency code: '" + text + "' (1 original, 7 replacement, 8 void)");
    }
}

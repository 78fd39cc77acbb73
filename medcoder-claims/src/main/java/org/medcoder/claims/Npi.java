package org.medcoder.claims;

/**
 * A National Provider Identifier: ten digits, the last a Luhn check digit computed over the nine others with
 * the card-issuer prefix 80840 in front (45 CFR 162.406; CMS "NPI check digit" standard, ISO/IEC 7812).
 */
public record Npi(String value) {

    public Npi {
        if (value == null || !value.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("not an NPI: '" + value + "' (ten digits)");
        }
        char expected = checkDigit(value.substring(0, 9));
        if (value.charAt(9) != expected) {
            throw new IllegalArgumentException("NPI " + value + " has a wrong check digit (expected " + expected
                    + " by the Luhn formula with prefix 80840)");
        }
    }

    /** Parses an NPI, surrounding blanks ignored. */
    public static Npi parse(String text) {
        return new Npi(text == null ? null : text.strip());
    }

    /** Whether the text is ten digits with a correct check digit. */
    public static boolean isValid(String text) {
        return text != null && text.matches("[0-9]{10}") && text.charAt(9) == checkDigit(text.substring(0, 9));
    }

    /**
     * The Luhn check digit of a nine-digit NPI base. The prefix 80840 is folded in: its doubled-digit sum is the
     * constant 24 the NPI standard names.
     */
    public static char checkDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("NPI base must be nine digits, was '" + nineDigits + "'");
        }
        int sum = 24;
        for (int i = 0; i < 9; i++) {
            int d = nineDigits.charAt(8 - i) - '0';
            if (i % 2 == 0) { // the rightmost digit of the base is doubled, as the check digit will follow it
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    @Override
    public String toString() {
        return value;
    }
}

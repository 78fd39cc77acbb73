package org.medcoder.core;

import java.util.regex.Pattern;

/**
 * An ICD-10-CM code of any level (category, subcategory or billable code), held without the dot.
 * Only the shape is checked here: whether a release has the code is the code set's business.
 */
public record IcdCmCode(String value) implements Comparable<IcdCmCode> {

    /**
     * Letter, digit, then letters/digits: 3 to 7 characters (Guideline I.A.4 placeholder X included). FY2026 also
     * has categories with a letter second and a digit third (QA0 "Neurodevelopmental disorders related to specific
     * genetic pathogenic variants", order file FY2026), so letter-letter-digit is allowed too.
     */
    private static final Pattern SHAPE = Pattern.compile("[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])[0-9A-Z]{0,4}");

    public IcdCmCode {
        if (value == null || !hasShape(value)) {
            throw new IllegalArgumentException("not an ICD-10-CM code: '" + value + "'");
        }
    }

    /**
     * Whether {@code v} matches {@link #SHAPE}, checked by hand: codes are built ~200,000 times when a release is
     * read from its snapshot, and the regex was the largest part of start-up.
     */
    private static boolean hasShape(String v) {
        int n = v.length();
        if (n < 3 || n > 7 || !upper(v.charAt(0))) {
            return false;
        }
        char b = v.charAt(1);
        char c = v.charAt(2);
        boolean head = digit(b) ? digit(c) || upper(c) : upper(b) && digit(c);
        for (int i = 3; head && i < n; i++) {
            head = digit(v.charAt(i)) || upper(v.charAt(i));
        }
        return head;
    }

    private static boolean upper(char ch) {
        return ch >= 'A' && ch <= 'Z';
    }

    private static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** Parses a code written with or without the dot, in any case, e.g. {@code e11.22} or {@code E1122}. */
    public static IcdCmCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("not an ICD-10-CM code: null");
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        int dot = t.indexOf('.');
        if (dot >= 0) {
            if (dot != 3 || t.indexOf('.', dot + 1) >= 0) {
                throw new IllegalArgumentException("not an ICD-10-CM code: '" + text + "' (the dot goes after the third character)");
            }
            t = t.substring(0, 3) + t.substring(4);
        }
        if (!hasShape(t)) {
            throw new IllegalArgumentException("not an ICD-10-CM code: '" + text + "'");
        }
        return new IcdCmCode(t);
    }

    /** Whether the text has the shape of an ICD-10-CM code. */
    public static boolean isWellFormed(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The code as coders write it, with the dot after the category: {@code E11.22}, {@code J13}. */
    public String dotted() {
        return value.length() <= 3 ? value : value.substring(0, 3) + "." + value.substring(3);
    }

    /** The three-character category, e.g. {@code E11} for {@code E11.22}. */
    public IcdCmCode category() {
        return value.length() == 3 ? this : new IcdCmCode(value.substring(0, 3));
    }

    /** The code one level up ({@code E11.2} for {@code E11.22}), or this code when it is a category. */
    public IcdCmCode parent() {
        return value.length() == 3 ? this : new IcdCmCode(value.substring(0, value.length() - 1));
    }

    /** Whether this code is {@code other} or lies below it in the hierarchy. */
    public boolean isWithin(IcdCmCode other) {
        return value.startsWith(other.value);
    }

    @Override
    public int compareTo(IcdCmCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return dotted();
    }
}

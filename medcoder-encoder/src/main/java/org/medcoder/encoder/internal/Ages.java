package org.medcoder.encoder.internal;

import java.util.regex.Pattern;

/**
 * The patient's age in years as notes write it ("12-year-old", "84 yo", "6 y/o", "a 45 year old man") says who the
 * patient is, not what the patient has: "old" in it is not the index's "Old age" (R54, senility), and the age is no
 * diagnosis (Guidelines I.B.1: each code must be supported by the documented condition). The age is taken out
 * before the statement is looked up. Ages in days, weeks or months stay: codes of the newborn and infant periods
 * are chosen by them (I.C.16, Z00.11-).
 */
final class Ages {

    private static final Pattern AGE = Pattern.compile("(?:\\b(?:in|for|on)\\s+(?:an?\\s+)?)?\\b\\d{1,3}[\\s-]*"
            + "(?:(?:years?|yrs?)[\\s-]*old|yo|y/o|y\\.o\\.?)(?=[\\s,;.]|$)(?:\\s+(?:man|woman|male|female|boy|girl|"
            + "child|patient|pt|adult|m|f)\\b)?");
    private static final Pattern LEAD = Pattern.compile("^[\\s,;]*(?:(?:with|who\\s+has|has)\\s+)?");
    private static final Pattern GAPS = Pattern.compile("\\s*,(?:\\s*,)+\\s*|\\s*,\\s+|\\s{2,}");

    private Ages() {
    }

    /** The statement without an age in years; the same instance when it states none. */
    static String without(String statement) {
        String t = Lower.of(statement);
        if (!hasDigit(t) || t.indexOf("old") < 0 && t.indexOf("yo") < 0 && t.indexOf("y/o") < 0
                && t.indexOf("y.o") < 0) {
            return statement;
        }
        java.util.regex.Matcher m = AGE.matcher(t);
        if (!m.find()) {
            return statement;
        }
        String rest = m.replaceAll(" ");
        rest = GAPS.matcher(LEAD.matcher(rest).replaceFirst(""))
                .replaceAll(g -> g.group().contains(",") ? ", " : " ");
        rest = rest.replaceAll("[\\s,;]+$", "").strip();
        return rest.isEmpty() ? statement : rest;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}

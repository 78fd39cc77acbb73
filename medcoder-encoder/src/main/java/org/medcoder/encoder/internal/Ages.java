package org.medcoder.encoder.internal;

import java.util.regex.Pattern;

/**
 * The patient's age in years as notes write it ("12-year-old", "84 yo", "6 y/o", "a 45 year old man") says who the
 * patient is, not what the patient has: "old" in it is not the index's "Old age" (R54, senility), and the age is no
 * diagnosis (Guidelines I.B.1: each code must be supported by the documented condition). The age is taken out
 * before the statement is looked up. An age of 28 days or less ("3-day-old", "2 weeks old") is the newborn the
 * index files its perinatal entries under ("Erythema, toxic, newborn" P83.1; "Jaundice, newborn" P59.9): the
 * perinatal period is before birth through the 28th day following birth (I.C.16), so "newborn" is read before
 * such an age when the statement does not name the newborn itself. Older ages in weeks or months stay: the
 * infant period codes are chosen by them (Z00.11-).
 */
final class Ages {

    private static final Pattern AGE = Pattern.compile("(?:\\b(?:in|for|on)\\s+(?:an?\\s+)?)?\\b\\d{1,3}[\\s-]*"
            + "(?:(?:years?|yrs?)[\\s-]*old|yo|y/o|y\\.o\\.?)(?=[\\s,;.]|$)(?:\\s+(?:man|woman|male|female|boy|girl|"
            + "child|patient|pt|adult|m|f)\\b)?");
    /** An age in days or weeks ("10-day-old", "2 weeks old"). */
    private static final Pattern DAYS_OR_WEEKS = Pattern.compile("\\b(\\d{1,2})[\\s-]*(days?|weeks?|wks?)[\\s-]*old\\b");
    /** The word that already names the newborn (the age then stays as written: Z00.110 and Z00.111 are chosen by it). */
    private static final Pattern NEWBORN = Pattern.compile("\\bnewborn\\b");
    private static final Pattern LEAD = Pattern.compile("^[\\s,;]*(?:(?:with|who\\s+has|has)\\s+)?");
    private static final Pattern GAPS = Pattern.compile("\\s*,(?:\\s*,)+\\s*|\\s*,\\s+|\\s{2,}");

    private Ages() {
    }

    /** The statement without an age in years; the same instance when it states none. */
    static String without(String statement) {
        String newborn = newborn(statement);
        if (newborn != statement) {
            return newborn;
        }
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

    /**
     * The statement with "newborn" before an age of 28 days or less (I.C.16) when no word of it names the newborn;
     * the same instance when it states no such age or names the newborn.
     */
    private static String newborn(String statement) {
        String t = Lower.of(statement);
        if (!hasDigit(t) || t.indexOf("old") < 0 || NEWBORN.matcher(t).find()) {
            return statement;
        }
        java.util.regex.Matcher m = DAYS_OR_WEEKS.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean perinatal = m.group(2).startsWith("d") ? n <= 28 : n <= 4;
            // "newborn" also keeps "2-day-old" from being read as "2,4-D" of the Table of Drugs (I.B.1).
            String unit = m.group(2).startsWith("d") ? " days old" : " weeks old";
            m.appendReplacement(out, perinatal ? "newborn " + n + unit : m.group());
        }
        m.appendTail(out);
        return out.toString().equals(t) ? statement : out.toString();
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

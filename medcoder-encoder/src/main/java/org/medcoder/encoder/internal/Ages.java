package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient's age in years as notes write it ("12-year-old", "84 yo", "6 y/o", "a 45 year old man") says who the
 * patient is, not what the patient has: "old" in it is not the index's "Old age" (R54, senility), and the age is no
 * diagnosis (Guidelines I.B.1: each code must be supported by the documented condition). The age is taken out
 * before the statement is looked up. An age of 28 days or less ("3-day-old", "2 weeks old") is the newborn the
 * index files its perinatal entries under ("Erythema, toxic, newborn" P83.1; "Jaundice, newborn" P59.9): the
 * perinatal period is before birth through the 28th day following birth (I.C.16), so "newborn" is read before
 * such an age when the statement does not name the newborn itself. Older ages in weeks or months stay: the
 * infant period codes are chosen by them (Z00.11-). Only an age that is the patient's is read so: after "in", "for"
 * or "on" ("fever in 12-day-old"), before a word for the patient ("3-week-old infant") or opening the statement
 * ("10-day-old with jaundice"); the age of a lesion ("fracture of left clavicle, 2 weeks old", "2-week-old
 * hematoma") is no newborn (I.B.1: the code must be supported by the documented condition).
 */
final class Ages {

    private static final Pattern AGE = Pattern.compile("(?:\\b(?:in|for|on)\\s+(?:an?\\s+)?)?\\b\\d{1,3}[\\s-]*"
            + "(?:(?:years?|yrs?)[\\s-]*old|yo|y/o|y\\.o\\.?)(?=[\\s,;.]|$)(?:\\s+(?:man|woman|male|female|boy|girl|"
            + "child|patient|pt|adult|m|f)\\b)?");
    /** A number of days or weeks and "old" ("3-week-old", "10 days old"): groups number and unit. */
    private static final String N_OLD = "(\\d{1,2})[\\s-]*(days?|weeks?|wks?)[\\s-]*old";
    /** Words for the patient after an age ("2-week-old infant"). */
    private static final String PERSON = "infant|baby|boy|girl|male|female|neonate|child|patient|pt";
    /**
     * A patient's age in days or weeks: after "in"/"for"/"on" or opening the statement, and then not followed by
     * another noun ("in 3-week-old", "10-day-old with jaundice"), or before a word for the patient ("2-week-old
     * infant"). Groups 1 and 2 (or 3 and 4): the number and the unit.
     */
    private static final Pattern DAYS_OR_WEEKS = Pattern.compile("(?:(?:\\b(?:in|for|on)\\s+(?:an?\\s+)?|^)"
            + N_OLD + "\\b(?=\\s*(?:$|[,;.:(]|with\\b|who\\b|(?:" + PERSON + ")\\b))|\\b" + N_OLD
            + "\\s+(?=(?:" + PERSON + ")\\b))");
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
        String mother = PrenatalWording.motherAge(t);
        if (mother != t) {
            return mother; // a pregnant patient's age is the index's elderly or young mother (O09.5-, O09.6-)
        }
        Matcher m = AGE.matcher(t);
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
        Matcher m = DAYS_OR_WEEKS.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 3;
            int n = Integer.parseInt(m.group(g));
            boolean days = m.group(g + 1).startsWith("d");
            boolean perinatal = days ? n <= 28 : n <= 4;
            // "newborn" also keeps "2-day-old" from being read as "2,4-D" of the Table of Drugs (I.B.1).
            String age = "newborn " + n + (days ? " days old" : " weeks old") + (g == 3 ? " " : "");
            String lead = t.substring(m.start(), m.start(g));
            m.appendReplacement(out, Matcher.quoteReplacement(perinatal ? lead + age : m.group()));
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

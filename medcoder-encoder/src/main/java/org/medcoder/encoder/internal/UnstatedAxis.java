package org.medcoder.encoder.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;

/**
 * The detail a child's title says is undocumented: "Acute appendicitis with generalized peritonitis, without
 * abscess, unspecified as to perforation" (K35.209, FY2024), "... with unspecified severity" (L98.-), "unspecified
 * whether descended or undescended". When the statement is silent on that detail, the title's word for it
 * ("perforation") is no missing word: the child is the classification's code for the silence, and it must not lose
 * to a sibling that says "without perforation" (Guideline I.A.9 and I.B.18: a code for an unspecified detail is
 * used when the record does not give it; the "without" sibling states an absence the record does not state).
 */
final class UnstatedAxis {

    /** "unspecified as to X" / "unspecified whether X" up to the next comma; "unspecified severity". */
    private static final Pattern AXIS = Pattern.compile(
            "unspecified (?:as to|whether) ([a-z -]+?)(?:,|$)|unspecified (severity|stage|type)\\b");

    /**
     * A statement's own "the detail is not documented": an axis noun ("severity", "acuity", "laterality", "type",
     * "stage", "grade", "degree") followed by "not specified", "unspecified", "unknown", "not stated", "not documented"
     * or "undetermined", the end of its clause ("diffuse type unspecified site" names a site, not a silent type).
     */
    private static final Pattern SILENT = Pattern.compile("\\b(?:[a-z]+ity|type|stage|grade|degree)\\s+(?:not\\s+"
            + "(?:specified|stated|documented|known)|unspecified|unknown|undetermined)(?=\\s*(?:[,;.)]|$))");

    private UnstatedAxis() {
    }

    /**
     * The statement with its "severity not specified" phrases made the stopword "unspecified": the statement is
     * silent on that axis, so the axis noun must not meet a value of the axis through a shared stem ("severity" and
     * "severe": "protein-calorie malnutrition, severity not specified" is Malnutrition, protein, calorie E46, not
     * its "severe" subterm E43; I.A.18 and I.B.18, the default code when the detail is not documented).
     */
    static String silence(String expanded) {
        boolean may = expanded.contains(" not ") || expanded.contains("unspecified") || expanded.contains("unknown")
                || expanded.contains("undetermined");
        return may ? SILENT.matcher(expanded).replaceAll("unspecified") : expanded;
    }

    /** Per child, the word ids of the detail its title says is unspecified (empty arrays when none). */
    static int[][] words(List<IcdCmEntry> kids, TitleWords titles) {
        int[][] out = new int[kids.size()][];
        for (int i = 0; i < out.length; i++) {
            Matcher m = AXIS.matcher(kids.get(i).longTitle().toLowerCase(java.util.Locale.ROOT));
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                text.append(' ').append(m.group(1) != null ? m.group(1) : m.group(2));
            }
            out[i] = text.length() == 0 ? TitleWords.NONE : titles.parse(text.toString()).essential();
        }
        return out;
    }

    /**
     * What the fit charged for the axis words the statement does not name (half a word each, as
     * {@link TitleWords#fit} charges an absent word), given back.
     */
    static double refund(int[] axis, Statement s, int[] shared, int[] free) {
        double r = 0;
        for (int id : axis) {
            if (s.bit(id) == 0 && !has(shared, id) && !has(free, id)) {
                r += 0.5;
            }
        }
        return r;
    }

    private static boolean has(int[] sorted, int id) {
        for (int x : sorted) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }
}

package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A poisoning worded as clinicians write it, read as the Alphabetic Index reads it: a manifestation written "after"
 * or "following" an overdose is the poisoning's manifestation just as one written "due to" it ("coma after heroin
 * overdose": the poisoning code first, then the coma, I.C.19.e.5.b), and a drug "taken in excess" ("taking too much
 * alprazolam") is an overdose (Index: Overdose, overdosage (drug) - see Table of Drugs and Chemicals, by drug,
 * poisoning). Only the linking words change; the statement's own words stay.
 */
final class OverdoseWording {

    /** "after" / "following" before an overdose or poisoning, with an article and an intent word between. */
    private static final Pattern AFTER = Pattern.compile("\\b(?:after|following)\\s+(?=(?:(?:an?|the|his|her|their)"
            + "\\s+)?(?:(?:intentional|accidental|unintentional|deliberate|suicidal|undetermined)\\s+)?(?:[a-z-]+\\s+)?"
            + "(?:overdose|overdosage|poisoning)\\b)");
    /** A drug taken in excess: the verb, then the drug (group 1) up to the clause's end or the intent. */
    private static final Pattern TOO_MUCH = Pattern.compile("\\b(?:after\\s+|from\\s+)?(?:taking|took|taken|ingesting"
            + "|ingested)\\s+too\\s+(?:much|many)\\s+(?:of\\s+)?(?:(?:his|her|their|the)\\s+)?([a-z][a-z0-9 -]*?)"
            + "(?:\\s+(?:pills|tablets|capsules|doses))?(?=\\s+(?:by|on purpose|intentionally|accidentally)\\b"
            + "|\\s*[,;]|$)");

    private OverdoseWording() {
    }

    /** The statement with an overdose's linking words as the index reads them; the same string when none. */
    static String reworded(String statement) {
        if (statement.indexOf("too m") < 0 && (statement.indexOf("after") < 0 && statement.indexOf("following") < 0
                || statement.indexOf("verdos") < 0 && statement.indexOf("oisoning") < 0)) {
            return statement;
        }
        String t = Lower.of(statement);
        Matcher much = TOO_MUCH.matcher(t);
        if (much.find()) {
            String before = t.substring(0, much.start()).strip();
            // Words before the overdose are its manifestation ("drowsiness after taking too much ..."); linked
            // with "due to" as the index's subterm connector (I.A.15), else the overdose stands alone.
            t = t.substring(0, much.start()) + (before.isEmpty() || before.endsWith(",") ? "" : "due to ")
                    + "overdose of " + much.group(1) + t.substring(much.end());
        }
        Matcher after = AFTER.matcher(t);
        if (after.find() && after.start() > 0) {
            t = t.substring(0, after.start()) + "due to " + t.substring(after.end());
        }
        return t.equals(Lower.of(statement)) ? statement : t;
    }
}

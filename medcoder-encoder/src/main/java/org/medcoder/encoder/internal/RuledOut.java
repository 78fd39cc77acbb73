package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause naming a condition the provider ruled out ("alcohol abuse, withdrawal ruled out", "chest pain; MI was
 * excluded"): the condition is absent and is not coded, so the clause is taken out before the statement is looked
 * up; its words would otherwise pick an index subterm ("Abuse, alcohol, with withdrawal") or a code of their own.
 * Coded instead: the rest, to the highest degree of certainty (Section IV.H; I.A.15 "with" needs the condition
 * present). Not taken out: a diagnosis still "to be ruled out" or "not ruled out" (uncertain, {@link Uncertainty}),
 * and a suspected abuse ruled out, which has its own Z04 codes ({@link AbuseRuledOut}, I.C.19.f).
 * <p>A denied personal history is taken out the same way, to the end of its clause: "no personal history of cancer",
 * "no prior history of MI", "denies history of stroke" - the patient has not had the condition, so neither it nor
 * its history code (Z85-Z87) is reported (I.C.21.c.4 history codes are for a condition the patient has had; IV.H a
 * documented absence is not coded). A denied family history is {@link FamilyHistory#withoutDenied}'s.
 */
final class RuledOut {

    /** A clause ending in "ruled out" / "excluded", between clause marks (or the statement's ends). */
    private static final Pattern CLAUSE = Pattern.compile(
            "(^|[,;])([^,;]*?)\\s+(?:(?:was|were|has been|have been|is|are)\\s+)?(?:ruled out|excluded)"
            + "\\s*(?=[,;.]|$)");
    private static final Pattern KEEP = Pattern.compile(
            "\\b(?:to be|not|not been|cannot be|can't be)\\s*$|abuse|neglect|maltreat|rape|assault|exploitation");
    /** A denied history of the patient's own, to the end of its clause ("family" is not among its words). */
    private static final Pattern DENIED_HISTORY = Pattern.compile("\\b(?:no|denies|denied|without|negative for)\\s+"
            + "(?:(?:known|prior|previous|past|significant|any|a)\\s+)?(?:personal\\s+)?(?:medical\\s+)?"
            + "(?:history|hx|h/o)\\b[^,;]*?(?=\\s+but\\b|[,;]|$)");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s,;.]+");

    private RuledOut() {
    }

    /** The statement (lower case) without the clauses it rules out ("" when all are); itself when none is. */
    static String without(String statement) {
        String lower = Lower.of(statement);
        if (lower.contains("h")) {
            Matcher denied = DENIED_HISTORY.matcher(lower);
            if (denied.find()) {
                String rest = denied.replaceAll("").replaceAll("^(?:[,;.]|but\\b|\\s)+", "")
                        .replaceAll("\\s*([,;])\\s*[,;]", "$1").replaceAll("(?:[,;\\s]|\\b(?:with|and)\\b)+$", "")
                        .strip();
                return without(rest);
            }
        }
        if (!lower.contains("ruled out") && !lower.contains("excluded")) {
            return statement; // literal pre-check (hot path)
        }
        Matcher m = CLAUSE.matcher(lower);
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            // A bare "ruled out" clause leaves the words it refers to for other rules ("suspected abuse, ruled out").
            if (!m.group(2).isBlank() && !KEEP.matcher(m.group(2)).find()) {
                sb.append(lower, copied, m.start());
                copied = m.end();
            }
        }
        String rest = sb.append(lower.substring(copied)).toString();
        rest = LEADING_MARKS.matcher(rest).replaceFirst("").strip();
        return copied == 0 ? statement : rest;
    }
}

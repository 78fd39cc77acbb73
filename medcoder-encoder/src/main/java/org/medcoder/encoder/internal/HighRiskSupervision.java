package org.medcoder.encoder.internal;

import java.util.regex.Pattern;

/**
 * Supervision of a pregnancy written with the obstetric history that makes it high-risk ("pregnancy supervision,
 * history of preterm labor", "supervision of pregnancy with history of infertility"): the Alphabetic Index files it
 * under "Pregnancy, supervision of, high-risk, due to (history of)" (O09.-, category "Supervision of high risk
 * pregnancy", I.C.15.b.2), not as a personal history code beside an incidental pregnancy. The statement is rewritten
 * in the index's words. Not done: a history that has a Z87 code of its own ("preterm labor", Z87.51) is still split
 * off as a history clause, and the O09 code stays the unspecified O09.9-.
 */
final class HighRiskSupervision {

    private static final Pattern SUPERVISION = Pattern.compile("\\b(?:(?:prenatal\\s+)?pregnancy\\s+supervision"
            + "|supervision\\s+of\\s+(?:a\\s+)?pregnancy)(?:\\s+with|\\s*,)?\\s+(?:a\\s+)?(?:personal\\s+)?"
            + "(?:history|hx|h/o)\\s+(?:of\\s+)?");

    private HighRiskSupervision() {
    }

    /** The statement in the index's words when it is a supervision of pregnancy with a history, else unchanged. */
    static String rewrite(String expanded) {
        if (!expanded.contains("supervision") || expanded.contains("high-risk") || expanded.contains("high risk")) {
            return expanded; // literal pre-check (hot path)
        }
        String t = SUPERVISION.matcher(expanded).replaceFirst("supervision of high-risk pregnancy due to history of ");
        // The subterm is written "pre-term labor" there (Z87.51's "History, personal, preterm labor" is not).
        return t.equals(expanded) ? t : t.replace("preterm", "pre-term");
    }
}

package org.medcoder.encoder.internal;

import java.util.regex.Pattern;

/**
 * Supervision of a pregnancy written with the obstetric history that makes it high-risk ("pregnancy supervision,
 * history of preterm labor", "supervision of pregnancy with history of infertility"): the Alphabetic Index files it
 * under "Pregnancy, supervision of, high-risk, due to (history of)" (O09.-, category "Supervision of high risk
 * pregnancy", I.C.15.b.2), not as a personal history code beside an incidental pregnancy. The statement is rewritten
 * in the index's words; only the histories the index lists there are rewritten (any other history keeps the statement).
 */
final class HighRiskSupervision {

    private static final Pattern SUPERVISION = Pattern.compile("\\b(?:(?:prenatal\\s+)?pregnancy\\s+supervision"
            + "|supervision\\s+of\\s+(?:a\\s+)?pregnancy)(?:\\s+with|\\s*,)?\\s+(?:a\\s+)?(?:personal\\s+)?"
            + "(?:history|hx|h/o)\\s+(?:of\\s+)?");
    /**
     * The histories the index lists under "Pregnancy, supervision of, high-risk, due to (history of)"
     * (O09.0-O09.A); any other history (appendectomy, migraine, cesarean) is no reason for the high-risk category (finding 14).
     */
    private static final Pattern LISTED = Pattern.compile("\\G(?:an?\\s+)?(?:(?:previous\\s+|prior\\s+)?(?:ectopic"
            + "|infertility|insufficient\\s+prenatal|in\\s+utero\\s+procedure|in\\s+vitro|ivf|molar|hydatidiform"
            + "|multiple\\s+previous|grand\\s+multipar|poor\\s+(?:reproductive|obstetric)|pre-?term|premature\\s+labou?r"
            + "|neonatal\\s+death|stillbirth|still\\s*born|fetal\\s+demise))");
    /** A preterm birth is filed as the index's "pre-term labor" (Tabular O09.21 "... history of pre-term labor"). */
    private static final Pattern PRETERM = Pattern.compile("\\b(?:previous\\s+|prior\\s+)?(?:pre-?term|premature)"
            + "\\s+(?:labou?r|delivery|birth)");
    /** Tabular O09.29 inclusion "Supervision of pregnancy with history of stillbirth" (poor obstetric history). */
    private static final Pattern STILLBIRTH = Pattern.compile("\\b(?:previous\\s+|prior\\s+)?"
            + "(?:stillbirth|still\\s*born|fetal\\s+demise)");

    private HighRiskSupervision() {
    }

    /** The statement in the index's words when it is a supervision of pregnancy with a history, else unchanged. */
    static String rewrite(String expanded) {
        if (!expanded.contains("supervision") || expanded.contains("high-risk") || expanded.contains("high risk")) {
            return expanded; // literal pre-check (hot path)
        }
        java.util.regex.Matcher m = SUPERVISION.matcher(expanded);
        if (!m.find() || !LISTED.matcher(expanded).region(m.end(), expanded.length()).lookingAt()) {
            return expanded;
        }
        String history = expanded.substring(m.end());
        // The subterms are written "pre-term labor" and "poor reproductive or obstetric history" there. A pre-term
        // history is written "previous", not "history of", which would split it off as Z87.51 ("History, personal,
        // preterm labor"), a history the O09.21- code already says.
        String preterm = PRETERM.matcher(history).replaceFirst("previous pre-term labor");
        String due = preterm.equals(history) ? "due to history of " : "due to ";
        history = STILLBIRTH.matcher(preterm).replaceFirst("poor reproductive or obstetric history");
        return expanded.substring(0, m.start()) + "supervision of high-risk pregnancy " + due + history;
    }
}

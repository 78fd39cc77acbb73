package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prenatal visit written as obstetricians write it, in the Alphabetic Index's words (Guideline I.C.15.b: an
 * outpatient prenatal visit is coded from chapter 15 when the pregnancy is high-risk or a condition affects its
 * management, from Z34 when it is normal):
 * <ul>
 * <li>the mother's age with her gravidity (read before {@link Ages} drops ages) ("38-year-old G3P2", "37-year-old multigravida") is the index's "Pregnancy,
 * supervision of, elderly mother" (35 years and older, Tabular O09.5-) or "young mother" (under 16, O09.6-), by
 * primigravida or multigravida; an age without gravidity is left alone (O09.5- and O09.6- have no unspecified
 * gravidity);</li>
 * <li>a previous cesarean ("prior low transverse cesarean", "previous C-section x2") is "Cesarean delivery,
 * previous, affecting management of pregnancy" (O34.21-, with the scar's type when written);</li>
 * <li>"pregnancy ... with history of" an obstetric history is the supervision {@link HighRiskSupervision} reads.</li>
 * </ul>
 */
final class PrenatalWording {

    private static final Pattern PREGNANT = Pattern.compile("pregnan|prenatal|gravid|\\bg\\d+\\s*p\\d+|gestation"
            + "|\\bob visit");
    /** "38-year-old", "38 yo", "age 38", "(age 38)". */
    private static final Pattern AGE = Pattern.compile("\\b(?:an?\\s+)?(\\d{2})[\\s-]*(?:years?|yrs?|y/?o)(?:[\\s-]*old)?"
            + "\\b|\\bage\\s+(\\d{2})\\b");
    private static final Pattern GRAVIDITY = Pattern.compile("\\b(primigravida|multigravida)\\b|\\bg(\\d+)\\s*p\\d+"
            + "|\\b(first|second|third|fourth|fifth) pregnancy\\b");
    private static final Pattern CESAREAN = Pattern.compile("\\b(?:(?:with\\s+)?(?:a\\s+)?(?:prior|previous|history of"
            + "|h/o)\\s+)(?:(low transverse|classical|vertical)\\s+)?(?:cesarean|c-section|c section)(?:\\s+section"
            + "|\\s+delivery|\\s+deliveries|\\s+sections|s)?(?:\\s*(?:x\\s*\\d|times \\w+))?");
    private static final Pattern HISTORY = Pattern.compile("^(pregnancy)((?:\\s+at\\s+\\d{1,2}\\s*(?:weeks?|wks?))?)"
            + "(?:\\s*,|\\s+with)\\s+(?:a\\s+)?(?:personal\\s+)?(?:history|hx|h/o)\\s+of\\s+");

    private PrenatalWording() {
    }

    /** The statement in the index's words when it is a prenatal statement with these details, else unchanged. */
    static String rewrite(String expanded) {
        if (!PREGNANT.matcher(expanded).find()) {
            return expanded;
        }
        String t = cesarean(expanded);
        Matcher h = HISTORY.matcher(t);
        return h.find() ? "supervision of pregnancy with history of " + t.substring(h.end()) + h.group(2) : t;
    }

    private static String cesarean(String t) {
        if (!t.contains("cesarean") && !t.contains("c-section") && !t.contains("c section")) {
            return t;
        }
        Matcher m = CESAREAN.matcher(t);
        if (!m.find()) {
            return t;
        }
        String scar = m.group(1) == null ? "" : m.group(1).equals("low transverse") ? " low transverse scar"
                : " classical vertical scar";
        return t.substring(0, m.start()) + "with cesarean delivery previous affecting management of pregnancy" + scar
                + t.substring(m.end());
    }

    /**
     * A pregnant patient's age with her gravidity in the index's words ("elderly multigravida"), the same instance
     * when the statement is no such pregnancy statement ({@link Ages} removes any other age: ages are not coded).
     */
    static String motherAge(String t) {
        if (!PREGNANT.matcher(t).find()) {
            return t;
        }
        Matcher a = AGE.matcher(t);
        Matcher g = GRAVIDITY.matcher(t);
        if (!a.find() || !g.find()) {
            return t;
        }
        int age = Integer.parseInt(a.group(1) != null ? a.group(1) : a.group(2));
        String mother = age >= 35 ? "elderly " : age < 16 ? "young " : null;
        if (mother == null) {
            return t;
        }
        boolean primi = "primigravida".equals(g.group(1)) || "1".equals(g.group(2)) || "first".equals(g.group(3));
        String gravida = mother + (primi ? "primigravida" : "multigravida");
        // The age and the gravidity are one phrase in the index's words, written where the gravidity was.
        String without = t.substring(0, a.start()) + t.substring(a.end());
        Matcher g2 = GRAVIDITY.matcher(without);
        g2.find();
        return (without.substring(0, g2.start()) + gravida + without.substring(g2.end())).replaceAll("\\s{2,}", " ");
    }
}

package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weeks of gestation written in a pregnancy statement ("pre-eclampsia at 30 weeks", "G2P1 at 12 wks gestation"):
 * the trimester they fall in (the final character of most chapter 15 codes, Guideline I.C.15.a.3: assigned from
 * the documented trimester or number of weeks) and the Z3A code the chapter's "use additional code from category
 * Z3A, Weeks of gestation" note asks for (I.C.21.c.11).
 */
final class Gestation {

    private static final Pattern WEEKS = Pattern.compile("\\b(\\d{1,2})(?:\\s*\\+\\s*\\d)?\\s*(?:-\\s*)?(?:weeks?|wks?)\\b");
    /**
     * Words that put the statement after the delivery: its weeks are weeks postpartum, and Z3A is "not applicable
     * to ... postpartum conditions" (I.C.21.c.11).
     */
    private static final Pattern POSTPARTUM = Pattern.compile("postpartum|post-partum|puerper"
            + "|(?:after|following|since|post)\\s+(?:the\\s+)?(?:delivery|childbirth|birth|c-section|cesarean)");
    /** A number of weeks that measures a duration, not the gestation ("for 3 weeks", "2 weeks ago"). */
    private static final Pattern DURATION_BEFORE = Pattern.compile("(?:\\bfor|\\bx|\\bpast|\\blast|\\bover)\\s*$");
    private static final Pattern DURATION_AFTER = Pattern.compile("^\\s*(?:ago|after|before|since|postpartum|post"
            + "|duration|of\\s+(?!gestation|pregnan))");
    /** Words that make a statement's weeks the weeks of a pregnancy. */
    private static final Pattern PREGNANCY = Pattern.compile(
            "pregnan|gestation|gravid|trimester|eclampsia|antepartum|prenatal|obstetric|placenta|previa|hydramnios"
            + "|\\bg\\d+p\\d+");

    /** Words that say the patient is or was pregnant, in labour or delivered (chapter 15's scope). */
    private static final Pattern OBSTETRIC = Pattern.compile("pregnan|gestation|gravid|trimester|eclampsia|antepartum"
            + "|prenatal|obstetric|puerper|childbirth|deliver|labou?r\\b|postpartum|abortion|ectopic|\\bg\\d+p\\d+");
    /** The plain words of {@link #OBSTETRIC}: any one of them is a match. */
    private static final String[] OBSTETRIC_WORDS = {"pregnan", "gestation", "gravid", "trimester", "eclampsia",
        "antepartum", "prenatal", "obstetric", "puerper", "childbirth", "deliver", "postpartum", "abortion", "ectopic"};

    private Gestation() {
    }

    /**
     * Whether the statement places the patient in chapter 15's scope. Chapter 15 codes are for the maternal record of
     * a pregnancy, childbirth or the puerperium (I.C.15.a); a note's "code first ... complicating pregnancy, if
     * applicable" does not apply to a statement that says nothing of one.
     */
    static boolean obstetric(String expanded) {
        // Literal checks first (hot path, most statements say nothing of a pregnancy): each plain word of OBSTETRIC
        // decides alone; the regex runs only for the two alternatives that need more ("labour" + word end, "g2p1").
        for (String word : OBSTETRIC_WORDS) {
            if (expanded.contains(word)) {
                return true;
            }
        }
        return (expanded.contains("labo") || hasGDigit(expanded)) && OBSTETRIC.matcher(expanded).find();
    }

    /** Whether some 'g' is followed by a digit (needed by OBSTETRIC's gravida-para alternative). */
    private static boolean hasGDigit(String s) {
        for (int i = s.indexOf('g'); i >= 0 && i + 1 < s.length(); i = s.indexOf('g', i + 1)) {
            if (Character.isDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The completed weeks of gestation the statement states, or -1. */
    static int weeks(String expanded) {
        // Literal checks first: the regexes run only for the few statements that give weeks (hot path).
        if (!expanded.contains("week") && !expanded.contains("wk") || !PREGNANCY.matcher(expanded).find()) {
            return -1;
        }
        return statedWeeks(expanded);
    }

    /**
     * The first number of weeks the statement writes that is not a duration ("for 3 weeks", "2 weeks ago"), or -1:
     * the gestational age is the number left when the durations are skipped.
     */
    private static int statedWeeks(String expanded) {
        Matcher m = WEEKS.matcher(expanded);
        while (m.find()) {
            if (!DURATION_BEFORE.matcher(expanded.substring(0, m.start())).find()
                    && !DURATION_AFTER.matcher(expanded.substring(m.end())).find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    /**
     * The statement with its trimester written out when it gives weeks but no trimester. The timeframes are those at
     * the beginning of chapter 15: 1st trimester less than 14 weeks 0 days, 2nd 14 weeks 0 days to less than 28
     * weeks 0 days, 3rd 28 weeks 0 days until delivery.
     */
    static String withTrimester(String expanded) {
        int w = expanded.contains("trimester") ? -1 : weeks(expanded);
        if (w < 1 || w > 45) {
            return expanded;
        }
        return expanded + ", " + (w < 14 ? "first" : w < 28 ? "second" : "third") + " trimester";
    }

    /**
     * The Z3A code (without dot) for the statement's weeks when the first code is a pregnancy code that takes one:
     * chapter 15 but not a pregnancy with abortive outcome (O00-O08), or a supervision of pregnancy (Z34, Z3A's own
     * chapter-21 companions); null otherwise (I.C.21.c.11).
     */
    static String weeksCode(String expanded, String firstCode) {
        boolean pregnancy = firstCode.startsWith("O") && firstCode.compareTo("O09") >= 0 || firstCode.startsWith("Z34");
        if (!pregnancy) {
            return null; // no Z3A: the postpartum regex below is not run (hot path, every coded statement comes here)
        }
        // I.C.21.c.11: Z3A is "not applicable to ... postpartum conditions": the puerperium block O85-O92, delayed
        // and secondary postpartum hemorrhage (O72), and any statement written after the delivery.
        boolean puerperium = firstCode.compareTo("O85") >= 0 && firstCode.compareTo("O93") < 0
                || firstCode.startsWith("O72") || POSTPARTUM.matcher(expanded).find();
        // Once the code is a pregnancy code, weeks the statement writes are the pregnancy's ("breech presentation,
        // 36 weeks"; "threatened abortion at 12 weeks"): no pregnancy word is needed beside them (Z3A note: code first
        // complications of pregnancy, childbirth and the puerperium, O09-O9A).
        int w = puerperium ? -1 : statedWeeks(expanded);
        if (w < 1 || w > 45) {
            return null;
        }
        return w < 8 ? "Z3A01" : w > 42 ? "Z3A49" : "Z3A" + w;
    }
}

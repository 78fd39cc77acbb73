package org.medcoder.encoder.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses of a statement that tell of the patient's habits, exposures, service and adherence rather than of the
 * condition: "in current cigarette smoker", "; secondhand smoke exposure at home", "in combat veteran",
 * "skipping dialysis sessions", "not following diabetic diet". A coder codes each as a code of its own after the
 * condition (a coexisting condition or risk factor affecting care, IV.J): nicotine dependence F17.2- (the "use
 * additional code to identify ... tobacco dependence (F17.-), tobacco use (Z72.0), history of tobacco dependence
 * (Z87.891), exposure to environmental tobacco smoke (Z77.22), occupational exposure ... (Z57.31)" notes of
 * chapters 9, 10 and 11 name them all), the exposure Z77 (I.C.21.c.1) or Z57 (I.C.21.c.17), the personal history of
 * military service Z91.85 (I.C.21.c.4) and the patient's noncompliance Z91.1- (I.C.21.c.13). Each clause is written
 * in the Alphabetic Index's words (Smoker, see Dependence, drug, nicotine; Tobacco, use; Exposure, ... tobacco
 * smoke; History, personal, military service; Noncompliance, with, renal dialysis / dietary regimen) and the
 * lookup must give a code of its kind ({@link StatedClauses.Kind#allows}), so a clause that is only context
 * yields nothing.
 */
final class RiskClauses {

    /** Where a clause ends: a separator, the end, or a connector word (one that opens another clause). */
    private static final String END = StatedClauses.clauseEnd(",;.:", "with", "for", "due to", "on", "and");
    /** Where a clause that runs over connector words ends: a separator or the end ("missed dialysis due to cost"). */
    private static final String SEPARATOR_END = StatedClauses.clauseEnd(",;.:");
    private static final String AMOUNT = "(?:\\d+(?:\\.\\d+)?|one|two|three|half\\s+a|a)[- ]?";
    /**
     * A daily amount of cigarettes: "1-ppd", "2 packs a day", "10 cigarettes per day", "40 pack-years"; "a pack a
     * day" also written as one word, its amount unsaid ("pack-a-day smoker").
     */
    private static final String PACKS = "(?:" + AMOUNT + "(?:ppd|packs?[- ]per[- ]day|pack[- ]years?|(?:packs?(?:\\s+of"
            + "\\s+cigarettes)?|cigarettes)\\s+(?:a\\s+day|per\\s+day|daily|each\\s+day))|(?:" + AMOUNT
            + ")?packs?-(?:a|per)-day)";
    /** A current smoker or tobacco user, a dependence (in remission), a past habit ("quit smoking in 2015"). */
    private static final Pattern TOBACCO = Pattern.compile("(?=[acdefhoqstnpu0-9])\\b(?:(?:current|active|daily|heavy"
            + "|chronic|former|ex-?)\\s*)?(?:(?:" + PACKS + ")\\s+)?(?:(?:cigarette|tobacco)\\s+)?(?:smoker|smoking)"
            + "(?:,?\\s+" + PACKS + ")?" + END
            + "|\\bsmokes\\s+(?:" + PACKS + "(?:\\s+(?:of\\s+)?cigarettes)?"
            + "|(?:cigarettes|cigars?|cigarillos|a\\s+pipe|pipes?)(?:\\s+(?:daily|a\\s+day|per\\s+day))?)"
            + "(?:,?\\s+nicotine\\s+dependent)?" + END
            + "|\\b(?:" + PACKS + ")" + END
            + "|\\buses\\s+(?:chewing\\s+|smokeless\\s+)?tobacco" + END
            + "|\\b(?:counsel(?:ed|ing)\\s+(?:to\\s+quit|on|about|for)\\s+(?:smoking|tobacco(?:\\s+use)?)|(?:smoking|tobacco)"
            + "\\s+cessation\\s+counsel(?:ing)?)" + END
            + "|\\b(?:(?:current|active|daily)\\s+)?(?:chewing\\s+|smokeless\\s+)?tobacco\\s+use(?:r)?" + END
            + "|\\b(?:cigarette|nicotine|tobacco)\\s+dependen(?:ce|t)(?:,?\\s+(?:cigarettes|chewing\\s+tobacco|other"
            + "\\s+tobacco\\s+products?|uncomplicated))*(?:,?\\s+in\\s+(?:early\\s+|sustained\\s+)?remission)?" + END
            + "|(?<!\\bto\\s)\\bquit\\s+smoking(?:\\s+(?:in\\s+\\d{4}|\\d+\\s+(?:years?|months?)\\s+ago))?" + END);
    /**
     * Tobacco smoke breathed from others' smoking; where ("at work") decides Z57.31 against Z77.22. The smoke must be
     * named as tobacco's (secondhand, passive, environmental, tobacco, cigarette): smoke of a fire is no Z77.22.
     */
    private static final Pattern SMOKE = Pattern.compile("\\b(?:(?:exposure|exposed)\\s+to\\s+(?:(?:second[- ]?hand|"
            + "passive|environmental)\\s+(?:tobacco\\s+|cigarette\\s+)?|tobacco\\s+|cigarette\\s+)smoke|(?:exposure\\s+(?:to\\s+)?)?(?:second[- ]?hand"
            + "|passive)\\s+"
            + "(?:tobacco\\s+)?smoke(?:\\s+exposure)?)(?:\\s+(?:at|in|from)\\s+[a-z' ]+?)?" + END);
    private static final Pattern AT_WORK = Pattern.compile("\\b(?:at\\s+work|workplace|on\\s+the\\s+job)\\b");
    /** A veteran of the armed forces: History, personal, military service Z91.85 (I.C.21.c.4). */
    private static final Pattern VETERAN = Pattern.compile("\\b(?:(?:combat|military|army|navy|marine|air\\s+force"
            + "|coast\\s+guard|gulf\\s+war|vietnam|korean\\s+war|iraq|afghanistan|war|us)\\s+)*veteran\\b" + END);
    /** Dialysis sessions the patient does not attend, and why (Z91.15-: due to financial hardship, other reason). */
    private static final Pattern DIALYSIS = Pattern.compile("\\b(?:skipp(?:ing|ed|s)|miss(?:ing|ed|es)|refus(?:ing|ed"
            + "|es)|noncomplian(?:t|ce)\\s+with|nonadherent\\s+to|non-adherent\\s+to)\\s+(?:(?:his|her|their|the|"
            + "scheduled|several|some|multiple)\\s+)*(?:hemo|peritoneal\\s+)?dialysis(?:\\s+(?:sessions?|treatments?"
            + "|runs?))?(\\s+(?:by\\s+choice|for\\s+personal\\s+reasons|(?:due\\s+to|because(?:\\s+of)?)\\s+[a-z ]+?))?"
            + SEPARATOR_END);
    /** A diet the patient does not follow: Noncompliance, with, dietary regimen Z91.11-. */
    private static final Pattern DIET = Pattern.compile("\\b(?:not\\s+following|not\\s+adhering\\s+to|noncomplian(?:t|ce)"
            + "\\s+with|nonadherent\\s+to|non-adherent\\s+to|poor\\s+(?:adherence|compliance)\\s+(?:to|with)|refus(?:es|ed"
            + "|ing)\\s+to\\s+(?:follow|adhere\\s+to))\\s+(?:[a-z-]+\\s+){0,3}?diet(?:ary\\s+(?:regimen|restrictions?))?(\\s+"
            + "(?:due\\s+to|because(?:\\s+of)?)\\s+[a-z ]+?)?" + SEPARATOR_END);
    /**
     * What may come before such a clause: the start, a separator, or a word that attaches a description of the
     * patient ("in", "with", "and", "patient", "6-year-old"). After any other word the habit is the object of something else:
     * a cause ("bronchitis due to tobacco smoking" J41.0), counseling (Z71.6), a problem (Z72.-) or a reason
     * (Z53.01), which the statement's own index path codes.
     */
    private static final Pattern LEAD = Pattern.compile("(?:^|[,;:(]|\\b(?:in|with|and|an?|is|also|patient|old|child"
            + "|infant|toddler|boy|girl|man|woman|male|female|adult))\\s*$");
    /**
     * Words since the last separator that make the clause not the patient's own: a negation ("not a smoker", "never
     * smoker", "denies"; a negated finding is not coded, only what the provider documents as present, I.B.4-I.B.5),
     * a trigger whose source is not said ("asthma, worse with smoking")
     * or, for a habit, service or adherence, another person ("husband is a veteran", "lives with a smoker"). The
     * codes are the patient's own: nicotine dependence needs the patient to smoke (Index: Smoker), Z91.85 is the
     * patient's personal history of military service (I.C.21.c.4), Z91.1- the patient's noncompliance.
     */
    private static final Pattern NOT_STATED = Pattern.compile("\\b(?:not|never|non|no|denies|denied|without|worse"
            + "|aggravated|triggered|exacerbated)\\b");
    private static final Pattern OTHER_PERSON = Pattern.compile("\\b(?:mother|father|husband|wife|son|daughter|brother"
            + "|sister|parents?|partner|spouse|friend|roommate|boyfriend|girlfriend|caregiver|family|household"
            + "|lives\\s+with)\\b");
    /**
     * A reason that is no choice of the patient's: a session missed while hospitalized or ill is not the patient's
     * noncompliance (Z91.15- "Patient's noncompliance"; the noncompliance codes tell the patient's intent,
     * I.C.19.e.5.c, I.C.21.c.13).
     */
    private static final Pattern NOT_CHOSEN = Pattern.compile("\\b(?:hospitali[sz]\\w*|admi(?:ssion|tted)|inpatient"
            + "|illness|ill|sick|surgery|procedure|(?:unit|center|centre|clinic|facility)\\s+clos\\w*|weather|storm)\\b");
    /**
     * A habit given up, in the clause or anywhere in the statement ("smoker, 20 pack-years, quit in 2019", "former
     * smoker"): History, personal, nicotine dependence Z87.891 (I.C.21.c.4); "advised to quit" is no past habit.
     */
    private static final Pattern GIVEN_UP = Pattern.compile("(?<!\\bto\\s)(?<!\\bnot\\s)\\b(?:quit\\s+(?:smoking|tobacco"
            + "|cigarettes|in\\s+(?:19|20)\\d\\d|\\d+\\s+(?:years?|months?)\\s+ago)|stopped\\s+smoking)\\b");
    private static final Pattern FORMER = Pattern.compile("^(?:former|ex)\\b");
    private static final Pattern MONEY = Pattern.compile("\\b(?:cost|costs|financial|finances|money|afford|insurance)");

    private RiskClauses() {
    }

    /** Whether the text may hold such a clause (hot path: every pattern needs one of these words). */
    static boolean mayHold(String t) {
        return t.contains("smok") || t.contains("tobacco") || t.contains("nicotine") || t.contains("cigar")
                || t.contains("pack") || t.contains("ppd")
                || t.contains("veteran") || t.contains("dialysis") || t.contains("diet");
    }

    /** Adds the clauses of the text (lower case, abbreviations written out) whose spans no earlier clause holds. */
    static void find(String t, List<int[]> spans, List<StatedClauses.Clause> clauses) {
        if (!mayHold(t)) {
            return;
        }
        // Tobacco smoke in the perinatal period is the newborn's own code (P96.81), not the exposure Z77.22.
        Matcher m = SMOKE.matcher(t.contains("perinatal") || t.contains("newborn") ? "" : t);
        while (m.find()) {
            boolean work = AT_WORK.matcher(m.group()).find();
            add(t, spans, clauses, m, work ? "occupational exposure to environmental tobacco smoke"
                    : "exposure to environmental tobacco smoke", StatedClauses.Kind.EXPOSURE);
        }
        m = TOBACCO.matcher(t);
        while (m.find()) {
            String lookup = tobaccoWords(m.group(), t);
            add(t, spans, clauses, m, lookup, lookup.startsWith("history")
                    ? StatedClauses.Kind.HISTORY : StatedClauses.Kind.TOBACCO);
        }
        m = VETERAN.matcher(t);
        while (m.find()) {
            add(t, spans, clauses, m, "personal history of military service", StatedClauses.Kind.HISTORY);
        }
        m = DIALYSIS.matcher(t);
        while (m.find()) {
            if (m.group(1) != null && NOT_CHOSEN.matcher(m.group(1)).find()) {
                continue;
            }
            add(t, spans, clauses, m, "noncompliance with renal dialysis" + reason(m.group(1)),
                    StatedClauses.Kind.NONCOMPLIANCE);
        }
        m = DIET.matcher(t);
        while (m.find()) {
            add(t, spans, clauses, m, "noncompliance with dietary regimen" + reason(m.group(1)),
                    StatedClauses.Kind.NONCOMPLIANCE);
        }
    }

    private static void add(String t, List<int[]> spans, List<StatedClauses.Clause> clauses, Matcher m, String lookup,
            StatedClauses.Kind kind) {
        String before = t.substring(0, m.start());
        String lead = before.substring(Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf(':'), before.lastIndexOf('('))) + 1);
        if (LEAD.matcher(before).find() && !NOT_STATED.matcher(lead).find()
                && (kind == StatedClauses.Kind.EXPOSURE || !OTHER_PERSON.matcher(lead).find())) {
            StatedClauses.add(spans, clauses, m, lookup, kind);
        }
    }

    /**
     * The index wording of a tobacco clause: a habit given up is a history (Z87.891, I.C.21.c.4); tobacco "use" is
     * Z72.0 (Tobacco, use); a smoker is nicotine dependent (Smoker, see Dependence, drug, nicotine), of the product
     * the clause names, else the one the statement names elsewhere ("cigarette smoking complicating pregnancy,
     * nicotine dependence": cigarettes), cigarettes when it counts packs.
     */
    static String tobaccoWords(String clause, String statement) {
        if (clause.contains("counsel")) {
            return "counseling tobacco use";
        }
        if (FORMER.matcher(clause).find() || GIVEN_UP.matcher(clause).find() || GIVEN_UP.matcher(statement).find()) {
            return "history of tobacco dependence";
        }
        if (clause.contains(" use") && !clause.contains("dependen")) {
            return "tobacco use";
        }
        String product = product(clause);
        return "nicotine dependence" + (product.isEmpty() ? product(statement) : product)
                // Index: Dependence, drug, nicotine, [product,] with disorder, in remission F17.2x1 (without "with
                // disorder" the lookup stops at "Dependence, with remission" F19.21, a drug not named).
                + (clause.contains("remission") ? " with disorder in remission" : "");
    }

    private static String product(String words) {
        return words.contains("chewing") ? " chewing tobacco" : words.contains("cigarette") || words.contains("pack")
                || words.contains("ppd") ? " cigarettes" : words.contains("other tobacco") || words.contains("cigar")
                || words.contains("pipe") ? " other tobacco product" : "";
    }

    /** The stated reason in the index's words: financial hardship, else a specified reason (Z91.1-). */
    private static String reason(String why) {
        if (why == null) {
            return "";
        }
        return MONEY.matcher(why).find() ? " due to financial hardship" : " for other reason";
    }
}

package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statement wording that names an index subterm without its words, rewritten to the Alphabetic Index's own before
 * analysis (the index, not this class, then decides the code; I.A, I.B.1):
 * <ul>
 * <li>an object swallowed, inhaled or lodged at a site is the index's "Foreign body" (T15-T19), "swallowed" its
 * "alimentary tract";</li>
 * <li>anaphylaxis after a named food is "Shock, anaphylactic, due to food" with the food's index word (T78.0-);</li>
 * <li>an embolic or thrombotic stroke, or one of a named artery, is "Infarct, cerebral, due to ..." (I63.-: the
 * Tabular's "cerebral infarction"; "Stroke" alone is I63.9);</li>
 * <li>aftercare of a fracture is the fracture with a subsequent-encounter 7th character (I.C.21.c.7, I.C.19.c.1);
 * a healed fracture at a follow-up visit is traumatic unless called otherwise (I.C.19.c, I.C.21.c.8);</li>
 * <li>a follow-up visit for an injury or a poisoning still in its healing or recovery phase is its subsequent
 * encounter, the 7th character D (I.C.19.a: "the aftercare Z codes should not be used ... for injuries or
 * poisonings, where 7th characters are provided"); Z09 is for a condition fully treated (I.C.21.c.8), so a healed,
 * resolved or completed one stays the follow-up examination;</li>
 * <li>surveillance after a personal history is the follow-up examination of I.C.21.c.8 (Z08, Z09);</li>
 * <li>a routine examination at which a condition is newly found is the examination "with abnormal findings", the
 * finding coded after it (I.C.21.c.12: Z00.01, Z00.121 and their "use additional code" notes).</li>
 * </ul>
 */
final class ChoiceWording {

    private static final String OBJECTS = "coins?|button batter(?:y|ies)|batter(?:y|ies)|beads?|magnets?|marbles?"
            + "|toys?|safety pins?|thumbtacks?|earrings?|paper ?clips?|crayons?"
            + "|erasers?|pebbles?|pen caps?|lego(?: pieces?)?|plastic pieces?|pieces? of plastic"
            + "|pieces? of glass|pieces? of metal|pieces? of wood|pieces? of toy"
            // Objects of the External Cause index's "Foreign body, entering through, natural orifice" (W44.-, FY2023)
            // lodged in an orifice; an insect bite or sting and a needle-stick are injuries of their own.
            + "|(?:sewing |safety )?needles?(?![ -]stick)|rubber bands?|glass shards?|shards? of glass"
            + "|insects?(?! bites?| stings?)|(?:plastic |magnetic )?(?:toy )?parts? of (?:a )?toy";
    private static final Pattern OBJECT = Pattern.compile(
            "\\b(?:(swallowed|ingested|aspirated|inhaled|inserted|retained)\\s+)?(?:an?\\s+|the\\s+)?(?:" + OBJECTS
                    + ")\\b");
    /** Foods by the index's subterm word for them (T78.0-). */
    private static final Pattern SHELLFISH = Pattern.compile("shrimp|crab|lobster|crustaceans?|shellfish");
    private static final Pattern FISH = Pattern.compile("salmon|tuna");
    private static final Pattern TREE_NUTS = Pattern.compile(
            "almonds?|cashews?|walnuts?|pecans?|pistachios?|hazelnuts?|tree nuts?");
    private static final Pattern FRUIT = Pattern.compile("strawberr(?:y|ies)|kiwi|fruits?");
    private static final Pattern DAIRY = Pattern.compile("cheese|dairy.*");
    private static final Pattern FOOD = Pattern.compile("\\b(peanuts?|peanut butter|tree nuts?|nuts?|almonds?|cashews?"
            + "|walnuts?|pecans?|pistachios?|hazelnuts?|shellfish|shrimp|crab|lobster|crustaceans?|fish|salmon|tuna"
            + "|eggs?|milk|dairy(?: products?)?|cheese|fruits?|strawberr(?:y|ies)|kiwi|vegetables?|sesame(?: seeds?)?"
            + "|seeds?|food additives?)\\b");
    private static final Pattern STROKE = Pattern.compile(
            "\\b(embolic|thrombotic)\\s+(?:strokes?|cerebral infarctions?|cerebrovascular accidents?)\\b");
    private static final Pattern FINDING = Pattern.compile("\\s*[,;]?\\s*(?:with\\s+)?(?:newly diagnosed(?: with)?"
            + "|new(?:ly)? found|found to have|noted to have|new findings? of|new diagnosis of|newly discovered"
            + "|incidental findings? of|incidentally found|discovered to have)\\s+");
    private static final Pattern FOLLOW_UP = Pattern.compile("\\bfollow[- ]?up\\b");
    /** A follow-up visit as written, the words a subsequent encounter replaces. */
    private static final Pattern FOLLOW_UP_VISIT = Pattern.compile(
            "\\b(?:at\\s+|for\\s+)?(?:an?\\s+)?follow[- ]?up(?:\\s+(?:visit|appointment|care))?\\b");
    /** An injury or a poisoning that has 7th characters (S00-T88). */
    private static final Pattern INJURY = Pattern.compile("\\b(?:fractures?|dislocation|subluxation|sprain(?:ed)?"
            + "|strain|laceration|wound|contusion|abrasion|burns?|corrosion|frostbite|bite|injury|concussion"
            + "|amputation|poisoning|toxic effect|avulsion|crush)\\b");
    /** A disease qualifying the wound that follows it in its clause ("diabetic foot wound", "venous stasis wound"). */
    private static final Pattern DISEASE_WOUND = Pattern.compile("\\b(?:diabet\\w*|pressure|venous|arterial|ischemic"
            + "|neuropathic|non-?healing|chronic|stasis|decubitus)\\b[^,;.]*$");
    /**
     * A condition fully treated (Z09), a follow-up examination as such (Index: Examination, follow-up, fracture
     * Z09), an encounter already stated, or a surgical wound (no injury).
     */
    private static final Pattern TREATED = Pattern.compile("\\b(?:healed|completed|resolved|history|encounter|exam\\w*"
            + "|surgical|postoperative|incision)\\b|(?<![- ])\\bold\\b");
    private static final Pattern MALIGNANT = Pattern.compile(
            "\\b(?:cancer|carcinoma|adenocarcinoma|malignan\\w*|lymphoma|melanoma|sarcoma|leukemia|myeloma)\\b");
    private static final Pattern AFTERCARE = Pattern.compile(
            "\\b(?:encounter for )?aftercare (?:for|following|after|of)\\s+(?:an?\\s+|the\\s+)?(?=[a-z ,-]*fracture)");
    private static final Pattern HEALED = Pattern.compile("\\bhealed (?=fracture)");
    private static final Pattern SURVEILLANCE = Pattern.compile("\\bsurveillance(?:\\s+(?:colonoscopy|endoscopy"
            + "|cystoscopy|imaging|ct|mammogram|visit|exam|examination))?\\b");

    /** Literal parts of {@link #OBJECTS}: the regex runs only when one is present (hot path). */
    private static final String[] OBJECT_HINTS = {"coin", "batter", "bead", "magnet", "marble", "toy", "pin", "tack",
        "earring", "clip", "crayon", "eraser", "pebble", "pen cap", "lego", "plastic", "glass", "metal", "wood",
        "needle", "rubber band", "shard", "insect"};

    private ChoiceWording() {
    }

    /** The expanded statement with these wordings in the index's words, else unchanged. */
    static String rewrite(String t) {
        return examination(followUp(surveillance(injuryFollowUp(fracture(stroke(food(objects(t))))))));
    }

    /** "swallowed coin in stomach" -> "foreign body alimentary tract in stomach" (Foreign body, alimentary tract). */
    static String objects(String t) {
        if (t.contains("foreign body") || t.contains("lesion") || !hinted(t)) {
            return t;
        }
        Matcher m = OBJECT.matcher(t);
        if (!m.find()) {
            return t;
        }
        String how = m.group(1);
        boolean lodged = how != null || t.contains(" in ") || t.contains("lodged");
        if (!lodged) {
            return t;
        }
        String site = how == null ? "" : how.equals("swallowed") || how.equals("ingested") ? " alimentary tract"
                : how.equals("aspirated") || how.equals("inhaled") ? " respiratory tract" : "";
        return t.substring(0, m.start()) + "foreign body" + site + t.substring(m.end());
    }

    private static boolean hinted(String t) {
        for (String h : OBJECT_HINTS) {
            if (t.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** "anaphylaxis due to shrimp" -> "... due to food shellfish" (Shock, anaphylactic, due to food, by food). */
    static String food(String t) {
        if (!t.contains("anaphyla") || t.contains("food")) {
            return t;
        }
        Matcher m = FOOD.matcher(t);
        if (!m.find()) {
            return t;
        }
        return t.substring(0, m.start()) + "food " + indexFood(m.group(1)) + t.substring(m.end());
    }

    /** The index's subterm word for a food of T78.0- (peanuts, shellfish, fish, nuts, seeds, fruit, milk ...). */
    private static String indexFood(String f) {
        if (f.startsWith("peanut")) {
            return "peanuts";
        }
        if (SHELLFISH.matcher(f).matches()) {
            return "shellfish";
        }
        if (FISH.matcher(f).matches()) {
            return "fish";
        }
        if (TREE_NUTS.matcher(f).matches()) {
            return "tree nuts";
        }
        if (FRUIT.matcher(f).matches()) {
            return "fruit";
        }
        if (DAIRY.matcher(f).matches()) {
            return "dairy products";
        }
        return f.startsWith("sesame") ? "seeds" : f;
    }

    /**
     * "embolic stroke of right middle cerebral artery" (stroke already read as the Tabular's "cerebral infarction")
     * -> "cerebral infarction due to embolism of ..." (Infarct, cerebral, due to, embolism, cerebral arteries I63.4-).
     */
    static String stroke(String t) {
        if (!t.contains("embolic") && !t.contains("thrombotic")) {
            return t;
        }
        Matcher m = STROKE.matcher(t);
        if (!m.find()) {
            return t;
        }
        String cause = m.group(1).equals("embolic") ? "embolism" : "thrombosis";
        return t.substring(0, m.start()) + "cerebral infarction due to " + cause + t.substring(m.end());
    }

    /** Aftercare of a fracture -> the fracture, subsequent encounter; a healed fracture -> healed traumatic. */
    static String fracture(String t) {
        if (!t.contains("fracture")) {
            return t;
        }
        if (t.contains("aftercare")) {
            Matcher m = AFTERCARE.matcher(t);
            if (m.find() && !t.contains("encounter")) {
                t = m.replaceFirst("") + ", subsequent encounter";
            }
        }
        if (t.contains("healed fracture") && !t.contains("patholog") && !t.contains("stress")
                && !t.contains("osteopor") && !t.contains("fatigue") && !t.contains("fragility")) {
            t = HEALED.matcher(t).replaceFirst("healed traumatic ");
        }
        return t;
    }

    /** "right ankle sprain, follow-up visit" -> "right ankle sprain, subsequent encounter" (I.C.19.a). */
    static String injuryFollowUp(String t) {
        if (!t.contains("follow") || TREATED.matcher(t).find() || !injury(t)) {
            return t;
        }
        return FOLLOW_UP_VISIT.matcher(t).replaceFirst("subsequent encounter");
    }

    /**
     * Whether an injury word is stated, a wound counting only when no disease qualifies it: a diabetic, pressure,
     * venous, arterial or nonhealing wound is an ulcer of the disease ("Diabetes, with, foot ulcer" E11.621 L97.-,
     * I.C.4.a; "Ulcer, pressure" L89.-, I.C.12.a), not an injury of S00-T88 with a 7th character.
     */
    private static boolean injury(String t) {
        Matcher m = INJURY.matcher(t);
        while (m.find()) {
            if (!m.group().equals("wound") || !DISEASE_WOUND.matcher(t.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** "surveillance colonoscopy, personal history of ..." -> the follow-up examination (I.C.21.c.8). */
    static String surveillance(String t) {
        if (!t.contains("surveillance") || !t.contains("history")) {
            return t;
        }
        return SURVEILLANCE.matcher(t).replaceFirst("follow-up examination");
    }

    /**
     * A follow-up examination after treatment of a malignant neoplasm is the index's "Examination, follow-up,
     * malignant neoplasm" Z08 (Z09 is for conditions other than malignant neoplasm; I.C.21.c.8).
     */
    static String followUp(String t) {
        if (!t.contains("follow") || !MALIGNANT.matcher(t).find()) {
            return t;
        }
        Matcher m = FOLLOW_UP.matcher(t);
        return m.find() ? t.substring(0, m.end()) + " examination for malignant neoplasm" + t.substring(m.end()) : t;
    }

    /** "annual physical examination, newly found hyperlipidemia" -> "... with abnormal findings, hyperlipidemia". */
    static String examination(String t) {
        int exam = t.indexOf("examination");
        if (exam < 0 || t.contains("abnormal finding") || !t.contains("found") && !t.contains("diagnos")
                && !t.contains("discovered") && !t.contains("finding")) {
            return t;
        }
        Matcher m = FINDING.matcher(t);
        if (!m.find(exam)) {
            return t;
        }
        return t.substring(0, m.start()) + " with abnormal findings, " + t.substring(m.end());
    }
}

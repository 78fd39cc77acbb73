package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Laterality and site as clinicians abbreviate them, written out in the Tabular List's words so that the walk to a
 * billable code takes the child of the stated side or site, not the "unspecified" one (Guidelines I.B.13,
 * laterality; I.B.18, "unspecified" codes only when the record lacks the detail). Literal abbreviations (lung
 * lobes, breast quadrants, knee and ankle ligaments) are registered into {@link Abbreviations}; the side letters,
 * which are also ordinary words ("os", "a/c") or other abbreviations ("OD" for overdose), are read by
 * {@link #rewrite} from their context.
 */
final class SideWording {

    /** The side letters and their context: R, L, OD (oculus dexter), OS (oculus sinister), AU (both ears), A/C. */
    private static final Pattern SIDE = Pattern.compile("(?<![a-z0-9/.'-])(r|l|od|os|au|a/c|bilaterally|hips)"
            + "(?![a-z0-9/'-])");

    /** Words after an eye or ear side that show it closes the condition ("cataract OD with ...", "... OS, mild"). */
    private static final Set<String> AFTER_SIDE = Set.of("with", "without", "and", "due", "secondary", "from",
            "following", "after", "status", "s/p", "in", "is", "was", "on", "noted", "found", "seen", "post");

    /**
     * Eyelid words after an eye side: the side comes before the lid ("blepharitis OS upper lid", "chalazion OD
     * lower lid"), and H00-H02 codes are by eye and lid (I.B.13 laterality).
     */
    private static final Set<String> LID_AFTER = Set.of("upper", "lower", "lid", "lids", "eyelid", "eyelids");

    /** Words before "OD" that make it an overdose, not the right eye. */
    private static final Set<String> OVERDOSE = Set.of("intentional", "accidental", "unintentional", "deliberate",
            "drug", "opioid", "opiate", "heroin", "fentanyl", "medication", "suicidal", "suspected", "polysubstance",
            "an", "the", "of", "with");

    /**
     * Nouns after "L"/"R"/"A/C" that make the letters part of a name, not a side: "L spine" (lumbar spine), "C/T
     * spine", "A/C joint" (acromioclavicular joint), "A/C separation".
     */
    private static final Set<String> NOT_A_SIDE_BEFORE = Set.of("spine", "joint", "jt", "separation");

    /**
     * Word starts that name an eye condition or part: "OD"/"OS" are an eye only after one of them ("cataract OD");
     * otherwise "OD" is usually an overdose ("patient OD on fentanyl").
     */
    private static final List<String> EYE_WORDS = List.of("cataract", "amd", "macul", "retin",
            "pvd", "vitre", "pteryg", "cornea", "conjunctiv", "kerat", "uveit", "irit", "glaucom", "blephar", "chalaz",
            "hordeol", "stye", "eye", "ocular", "vision", "visual", "blind", "ptosis", "strabism", "amblyop", "myop",
            "hyperop", "astigmat", "presbyop", "drusen", "cnv", "floater", "pseudophak", "aphak", "optic", "papill",
            "iop", "lens", "lid", "fb", "foreign body", "scler", "choroid", "chorioretin", "hyphema", "dacryo",
            "lacrimal", "pinguecul", "abrasion", "diplopia", "scotoma", "anisocoria", "pupil", "ectrop", "entrop",
            "dermatochalas", "xanthelasm", "lagophthalm", "madaros", "canalicul");

    /** Words before "os" that make it the anatomical opening ("cervical os"). */
    private static final Set<String> OPENING = Set.of("cervical", "external", "internal", "the", "uterine");

    private SideWording() {
    }

    /** Adds the literal abbreviations (written form, index and tabular wording) in the order they are tried. */
    static void register(BiConsumer<String, String> put) {
        // Lobes of the lung (Neoplasm table: lung, upper/middle/lower lobe C34.1- / C34.2 / C34.3-).
        put.accept("rul", "right upper lobe of lung");
        put.accept("rml", "right middle lobe of lung");
        put.accept("rll", "right lower lobe of lung");
        put.accept("lul", "left upper lobe of lung");
        put.accept("lll", "left lower lobe of lung");
        // Quadrants of the breast (Neoplasm table: breast, upper-outer quadrant C50.4-; N63.1-/N63.2- titles).
        put.accept("uoq", "upper-outer quadrant");
        put.accept("uiq", "upper-inner quadrant");
        put.accept("loq", "lower-outer quadrant");
        put.accept("liq", "lower-inner quadrant");
        // Ligaments (Index: Sprain, knee, cruciate, anterior S83.51-; collateral, medial S83.41-; Sprain, ankle,
        // talofibular ligament S93.49-; Sprain, elbow / thumb, ulnar collateral ligament).
        // The cruciate ligaments are the knee's alone: the index lists them under "Sprain, knee, cruciate" only.
        put.accept("acl", "anterior cruciate ligament of knee");
        put.accept("pcl", "posterior cruciate ligament of knee");
        put.accept("mcl", "medial collateral ligament");
        put.accept("lcl", "lateral collateral ligament");
        put.accept("atfl", "anterior talofibular ligament");
        put.accept("ucl", "ulnar collateral ligament");
        // Muscle groups the classification names by their place (Injury, muscle, posterior muscle (group), thigh
        // level S76.3-, leg level (lower) S86.1-): the hamstrings are the posterior thigh group, the calf muscles
        // (gastrocnemius, soleus) the posterior lower leg group.
        put.accept("hamstrings?(?: muscles?)?", "posterior muscle group at thigh level");
        put.accept("calf muscles?|gastrocnemius(?: muscle)?", "posterior muscle group at leg level");
        // Joints by their initials (Index: Dislocation, toe, metatarsophalangeal joint S93.12-; Pain,
        // metatarsophalangeal (joint) - see Pain, joint, foot; Sprain, finger, metacarpophalangeal S63.65-).
        put.accept("mtp(?: joint)?", "metatarsophalangeal joint");
        put.accept("mcp(?: joint)?", "metacarpophalangeal joint");
        // Trigger finger (acquired), thumb M65.31- (the index files the thumb under "Trigger finger").
        put.accept("trigger thumb", "trigger finger of thumb");
    }

    /**
     * The statement (already lower case and expanded) with side letters written out where the context shows they
     * are a side: "R"/"L" before a word ("L femoral vein DVT"); "OD"/"OS"/"AU" after a condition, at the end of a
     * clause or before a connector ("cataract OD", "AMD OS with ..."), "OD" not after an intent ("intentional OD");
     * "A/C" before a condition ("A/C HFpEF": acute on chronic); "bilaterally" as "bilateral"; "hips" as "hip" in a
     * bilateral statement (the index's "Osteoarthritis, hip, bilateral").
     */
    static String rewrite(String t) {
        if (!mayHave(t)) {
            return t;
        }
        Matcher m = SIDE.matcher(t);
        StringBuilder sb = null;
        int copied = 0;
        while (m.find()) {
            String side = side(t, m.group(1), m.start(), m.end());
            if (side != null) {
                sb = sb == null ? new StringBuilder(t.length() + 16) : sb;
                sb.append(t, copied, m.start()).append(side);
                copied = m.end();
            }
        }
        return sb == null ? t : sb.append(t, copied, t.length()).toString();
    }

    /** A cheap check before the pattern (hot path): a word "r", "l", "od", "os", "au"; "a/c", "bilaterally", "hips". */
    private static boolean mayHave(String t) {
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || !isWordChar(t.charAt(i))) {
                int n = i - start;
                if (n == 1 && (t.charAt(start) == 'r' || t.charAt(start) == 'l')
                        || n == 2 && (t.startsWith("od", start) || t.startsWith("os", start)
                        || t.startsWith("au", start))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return t.contains("a/c") || t.contains("bilaterally") || t.contains("hips");
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static String side(String t, String w, int start, int end) {
        String before = wordBefore(t, start);
        String after = wordAfter(t, end);
        boolean wordNext = end + 1 < t.length() && t.charAt(end) == ' ' && Character.isLetter(t.charAt(end + 1));
        return switch (w) {
            case "r", "l" -> wordNext && !NOT_A_SIDE_BEFORE.contains(after)
                    && (before.isEmpty() || !before.chars().allMatch(Character::isDigit))
                    ? (w.equals("r") ? "right" : "left") : null;
            case "od" -> eyeSide(t, start, end, after, !OVERDOSE.contains(before), "right");
            case "os" -> eyeSide(t, start, end, after, !OPENING.contains(before), "left");
            case "au" -> closes(t, end, after) && !before.isEmpty() ? "bilateral" : null;
            case "a/c" -> wordNext && !before.equals("on") && !after.equals("for") && !NOT_A_SIDE_BEFORE.contains(after)
                    ? "acute on chronic" : null;
            case "bilaterally" -> "bilateral";
            case "hips" -> t.contains("bilateral") ? "hip" : null;
            default -> null;
        };
    }

    /**
     * An eye side after an eye condition: "right eye" when it closes the condition; only "right" before the lid
     * ("OD upper lid": the lid codes' own "right upper eyelid", not the "right eye, upper and lower eyelids" ones),
     * also when the side opens the statement before the lid ("OS upper lid chalazion").
     */
    private static String eyeSide(String t, int start, int end, String after, boolean eye, String side) {
        if (start == 0 && LID_AFTER.contains(after)) {
            return side; // "OS upper lid chalazion": the side opens the statement, the lid follows (I.B.13)
        }
        if (!eye || !eyeBefore(t, start)) {
            return null;
        }
        return closes(t, end, after) ? side + " eye" : LID_AFTER.contains(after) ? side : null;
    }

    /** Whether a word of the clause before {@code start} names an eye condition or part (see {@link #EYE_WORDS}). */
    private static boolean eyeBefore(String t, int start) {
        int s = start;
        while (s > 0 && ",;:(".indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        String clause = t.substring(s, start);
        for (String e : EYE_WORDS) {
            int i = clause.indexOf(e);
            if (i >= 0 && (i == 0 || !Character.isLetter(clause.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a side abbreviation closes its condition: end of text or clause, or a connector follows. */
    private static boolean closes(String t, int end, String after) {
        return end == t.length() || ",;:.)".indexOf(t.charAt(end)) >= 0 || AFTER_SIDE.contains(after);
    }

    private static String wordBefore(String t, int start) {
        int e = start;
        while (e > 0 && t.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && t.charAt(s - 1) != ' ') {
            s--;
        }
        return t.substring(s, e);
    }

    private static String wordAfter(String t, int end) {
        int s = end;
        while (s < t.length() && t.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < t.length() && t.charAt(e) != ' ' && ",;:.)".indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return t.substring(s, e);
    }
}

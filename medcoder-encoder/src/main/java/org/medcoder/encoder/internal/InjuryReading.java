package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Injury statements rewritten to the words under which the Alphabetic Index and the Index to External Causes file
 * them, where clinicians' wording misses the index's:
 * <ul>
 * <li>a fracture of a bone with osteoporosis ("osteoporotic compression fracture of L1", "fragility fracture of
 * right femur due to age-related osteoporosis") is "Osteoporosis, [type], with current pathologic fracture, site"
 * (M80.-), never a traumatic fracture (Guideline I.C.13.d.1: "A code from category M80, not a traumatic fracture
 * code, should be used for any patient with known osteoporosis who suffers a fracture"); the type defaults to
 * age-related (M81.0/M80.0 include osteoporosis NOS);</li>
 * <li>a strain named by its muscle or tendon ("strain of right rotator cuff", "Achilles tendon strain", "strain of
 * right triceps"): Index "Strain, muscle (tendon) - see Injury, muscle, by site, strain", with the sites the index
 * files directly under "Injury" (rotator cuff, Achilles tendon, patellar ligament) read from there;</li>
 * <li>falls on ice or snow and icy stairs: External Cause index "Fall, due to, ice or snow, on same level" (W00.0)
 * and "Fall, from, stairs, due to ice or snow" (W00.1); "Slipping, on, ice" is W00.0;</li>
 * <li>vehicle accidents as clinicians write them ("driver in car-to-car collision", "pedestrian struck by car",
 * "collision with a tree"): the index's "Accident, transport, [victim], collision (with), [other party], traffic"
 * (V01-V89, I.C.20), where a tree or pole is a "stationary object" (a pedestrian is not read as the index's "on
 * foot": the word "foot" would be taken for the injury's site);</li>
 * <li>"fishhook"/"fish hook": the FY2026 tabular's "Fishing hook entering through skin" (W45.3).</li>
 * </ul>
 * Each rewrite runs only when a cheap literal test on the statement says it can apply.
 */
final class InjuryReading {

    /** A clause (between commas or semicolons) with a fracture of a bone the statement calls osteoporotic. */
    private static final Pattern CLAUSE = Pattern.compile("[^,;]+");
    /** Words that make the clause's fracture no current one; "old" not in an age ("78-year-old woman"). */
    private static final Pattern NOT_CURRENT = Pattern.compile("\\b(?:without|no|history|h/o|healed|previous|prior"
            + "|personal|risk|screening)\\b|(?<!(?:year|month|yr|y)s?[- ])\\bold\\b");
    /**
     * Trauma that would break a normal, healthy bone: the fracture is traumatic even with osteoporosis, which is
     * then coded as such (I.C.13.d.1 makes M80 only for a minor fall or trauma that would not break a healthy bone).
     */
    private static final Pattern MAJOR_TRAUMA = Pattern.compile("\\b(?:traumatic|fall from (?:an? |the )?(?:ladder|roof"
            + "|height|tree|horse|scaffold\\w*|balcony|building|bridge)|fell from|motor vehicle|mvc|mva|collision"
            + "|accident|crush\\w*|gunshot|struck by)\\b");
    private static final Pattern OSTEOPOROTIC_PATIENT = Pattern.compile(
            "\\b(?:in an? |an? )?(?:osteoporotic|osteoporosis) (?:patient|woman|man|female|male)\\b"
                    + "|\\b(?:in|of) (?:an? )?(?:patient|woman|man) with (?:known )?osteoporosis\\b");
    /** A healed fracture of an osteoporotic bone: "History, personal, fracture, osteoporosis" (Z87.310). */
    private static final Pattern HEALED = Pattern.compile(
            "\\bhealed (?:osteoporotic|osteoporosis|fragility) (?:[a-z0-9]+ ){0,3}?fractures?\\b");
    private static final Pattern FRACTURED = Pattern.compile("\\bfractured (?:(?:his|her|their|the) )?");
    private static final Pattern COLLISION = Pattern.compile("(?<![a-z-])collision");
    private static final Pattern TYPE = Pattern.compile(
            "\\b(postmenopausal|senile|age-related|age related|disuse|drug-induced|drug induced|idiopathic"
                    + "|postoophorectomy|localized)\\b");
    private static final Pattern SIDE = Pattern.compile("\\b(right|left|bilateral)\\b");
    /** Bone words and the index's site subterm under "with current pathologic fracture". */
    private static final String[][] SITES = {
        {"\\b(?:vertebra|vertebrae|vertebral|spine|spinal|lumbar|thoracic|[lt]\\d{1,2}|compression)\\b", "vertebra"},
        {"\\b(?:femur|femoral|hip)\\b", "femur"}, {"\\b(?:humerus|humeral)\\b", "humerus"},
        {"\\b(?:radius|radial|wrist)\\b", "radius"}, {"\\b(?:ulna|ulnar)\\b", "ulna"},
        {"\\b(?:tibia|tibial)\\b", "tibia"}, {"\\b(?:fibula|fibular)\\b", "fibula"},
        {"\\b(?:pelvis|pelvic)\\b", "pelvis"}, {"\\b(?:clavicle|clavicular)\\b", "clavicle"},
        {"\\bscapula\\b", "scapula"}, {"\\bribs?\\b", "rib"}, {"\\bankle\\b", "ankle"}, {"\\bfoot\\b", "foot"},
        {"\\bhand\\b", "hand"}, {"\\bshoulder\\b", "shoulder"}, {"\\bforearm\\b", "forearm"},
    };
    private static final Pattern[] SITE_PATTERNS = new Pattern[SITES.length];

    static {
        for (int i = 0; i < SITES.length; i++) {
            SITE_PATTERNS[i] = Pattern.compile(SITES[i][0]);
        }
    }

    /** The strain sites the index files directly under "Injury" (rotator cuff, Achilles tendon, patellar ligament). */
    private static final Pattern INJURY_SITE = Pattern.compile("\\b(?:rotator cuff|achilles|patellar)\\b");
    /** Strain subterms of the index's own ("Strain, back", "neck", "cervical", "muscle", "tendon"). */
    private static final Pattern OWN_STRAIN = Pattern.compile("\\b(?:back|neck|cervical|muscles?|tendons?|mental"
            + "|physical|eye|heart|postural|psychological|ligaments?|sprain)\\b");
    private static final Pattern STRAIN = Pattern.compile("\\bstrain\\b");
    private static final Pattern LUMBAR_STRAIN = Pattern.compile("\\b(?:lumbar|lumbosacral) (?:muscle )?strain\\b");

    private static final Pattern FALL_ON_ICE = Pattern.compile(
            "\\b(fall|falls|fell|falling) on (?:the |an? )?(?:icy (?:\\w+ )?|slippery )?(ice|snow)\\b");
    private static final Pattern ICY_STAIRS = Pattern.compile("\\bicy (stairs|steps|staircase|stairway)\\b");
    private static final Pattern ICY = Pattern.compile(
            "\\b(?:an |the )?icy (?:sidewalk|driveway|road|pavement|surface|ground|parking lot|walkway|path|patch)\\b");

    private static final Pattern ROAD_USER = Pattern.compile(
            "\\b(?:driver|passenger|pedestrian|occupant|motorcyclist|cyclist|bicyclist)\\b");
    private static final Pattern CAR_TO_CAR = Pattern.compile("\\bcar[- ]to[- ]car collision\\b");
    private static final Pattern STRUCK_BY = Pattern.compile(
            "\\b(?:struck|hit) by (?:an? |the )?(car|automobile|pick-?up truck|van)\\b");
    private static final Pattern FIXED = Pattern.compile("\\bcollision with (?:an? |the )?(?:tree|(?:utility |telephone"
            + " |light |lamp )?(?:pole|post)|wall|guard ?rail|fence|barrier|bridge abutment|fixed object)\\b");
    private static final Pattern FISHHOOK = Pattern.compile("\\bfish(?:-| )?hooks?\\b");

    private InjuryReading() {
    }

    /** The statement in the indexes' words for the readings above, else unchanged. */
    static String rewrite(String t) {
        if (t.contains("fracture") && (t.contains("osteopor") || t.contains("fragility"))) {
            t = MAJOR_TRAUMA.matcher(t).find() ? traumatic(t) : osteoporotic(HEALED.matcher(t)
                    .replaceAll("history of osteoporosis fracture"));
        }
        if (t.contains("strain")) {
            t = strain(t);
        }
        if (t.contains("ice") || t.contains("snow") || t.contains("icy")) {
            t = ice(t);
        }
        if (t.contains("collision") || t.contains("struck by") || t.contains("hit by")) {
            t = transport(t);
        }
        return t.contains("fish") ? FISHHOOK.matcher(t).replaceAll("fishing hook") : t;
    }

    /**
     * The first clause naming a current fracture of an osteoporotic bone, as "[type] osteoporosis with current
     * pathological fracture of [side] [site]" (I.C.13.d.1); history, healed or negated fractures are left alone.
     */
    static String osteoporotic(String t) {
        Matcher c = CLAUSE.matcher(t);
        while (c.find()) {
            String clause = c.group();
            if (!clause.contains("fracture") || !(clause.contains("osteopor") || clause.contains("fragility"))
                    || NOT_CURRENT.matcher(clause).find()) {
                continue;
            }
            Matcher type = TYPE.matcher(clause);
            String kind = type.find() ? type.group(1).replace(' ', '-') : "age-related";
            if (!kind.equals("postmenopausal") && !kind.equals("disuse")) {
                if (!kind.equals("senile") && !kind.equals("age-related")) {
                    return t; // drug-induced, idiopathic ...: "see Osteoporosis, specified type NEC" as written
                }
                kind = "age-related";
            }
            String site = "";
            for (int i = 0; i < SITES.length && site.isEmpty(); i++) {
                site = SITE_PATTERNS[i].matcher(clause).find() ? SITES[i][1] : "";
            }
            Matcher side = SIDE.matcher(clause);
            String where = site.isEmpty() ? "" : " of " + (side.find() ? side.group(1) + " " : "") + site;
            String with = kind.equals("postmenopausal") ? " with pathological fracture" : " with current pathological"
                    + " fracture";
            String lead = clause.startsWith(" ") ? " " : "";
            return t.substring(0, c.start()) + lead + kind + " osteoporosis" + with + where + t.substring(c.end());
        }
        return t;
    }

    /**
     * A fracture from trauma that would break a healthy bone in a patient with osteoporosis: the traumatic fracture
     * (I.C.13.d.1), the osteoporosis words taken out (its own M81.- code is not added yet).
     */
    static String traumatic(String t) {
        Matcher m = OSTEOPOROTIC_PATIENT.matcher(t);
        String r = m.find() ? t.substring(0, m.start()) + (m.group().startsWith("in") || m.group().startsWith("of")
                ? "" : "patient") + t.substring(m.end()) : t.replace("osteoporotic ", "").replace("fragility ", "");
        // The osteoporosis is left out: within one clause the index reads it with the fracture as pathological.
        return FRACTURED.matcher(r).replaceAll("fracture of ");
    }

    /** A strain named by its muscle or tendon in the index's words ("Injury, muscle, by site, strain"). */
    static String strain(String t) {
        if (t.contains("straining") || !STRAIN.matcher(t).find()) {
            return t;
        }
        t = LUMBAR_STRAIN.matcher(t).replaceAll("low back strain");
        if (INJURY_SITE.matcher(t).find()) {
            return STRAIN.matcher(t).replaceFirst("injury strain");
        }
        if (OWN_STRAIN.matcher(t).find()) {
            return t.contains("abdominal") ? t.replace("abdominal", "abdomen") : t;
        }
        return STRAIN.matcher(t.replace("abdominal", "abdomen")).replaceFirst("muscle strain");
    }

    /** Falls on ice or snow, icy stairs: the External Cause index's "due to ice or snow" subterms (W00.-). */
    static String ice(String t) {
        t = ICY_STAIRS.matcher(t).replaceAll("$1 due to ice");
        t = ICY.matcher(t).replaceAll("ice");
        // "Slipping, on, ice" (W00.0) already reads a slip and fall on ice.
        return t.contains("slip") ? t : FALL_ON_ICE.matcher(t).replaceAll("$1 on same level due to $2");
    }

    /** A collision with a fixed object ("tree", "utility pole") as the index's "collision with stationary object". */
    static String stationary(String t) {
        return FIXED.matcher(t).replaceAll("collision with stationary object");
    }

    /** A vehicle accident with its victim named, in the words of "Accident, transport, ..." (V01-V89). */
    static String transport(String t) {
        if (!ROAD_USER.matcher(t).find()) {
            return t;
        }
        t = CAR_TO_CAR.matcher(t).replaceAll("collision of car with car");
        t = STRUCK_BY.matcher(t).replaceAll("in collision with $1");
        t = stationary(t);
        // "driver injured in collision": the victim's injury is the injury code's; "injured" names no organ for a
        // "code first injury of intrathoracic organ" note to pair.
        t = t.replace(" injured in ", " in ");
        if (t.contains("transport")) {
            return t;
        }
        // "Accident, transport" (and "Accident, car - see Accident, transport, car occupant") need the word.
        return COLLISION.matcher(t).replaceAll(t.contains("accident") ? "transport collision"
                : "transport accident collision");
    }
}

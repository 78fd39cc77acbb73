package org.medcoder.encoder.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statement wording rewritten to the Alphabetic Index's own where a coder reads a site or a type through an index
 * subterm the statement does not name. Each rewrite runs only when a literal test says it can apply.
 * <ul>
 * <li>Lipoma by site: "Lipoma, site classification" groups the skin and subcutaneous sites as the Tabular's D17
 * does (head/face/neck D17.0, trunk D17.1, arms D17.2-, legs D17.2-); "lipoma of back" is a lipoma of the trunk,
 * "of left thigh" of the left leg (I.A.16: the subterm names the site's class);</li>
 * <li>melanoma in situ of "skin of" a site: the subterms of "Melanoma, in situ" are skin sites (D03 is melanoma in
 * situ of skin), so "skin of" is the entry's own meaning and the site subterm is read directly ("Melanoma, in
 * situ, cheek" D03.39), not the Neoplasm table's carcinoma in situ column (I.C.2: the index first);</li>
 * <li>hepatitis A and E: the index has them only as "Hepatitis, viral, type, A / E" (B15.9, B17.2); a history
 * of them is "History, personal, infectious disease" (Z86.19, I.C.21.c.4), and so is a history of tuberculosis,
 * poliomyelitis or malaria (the disease's own subterm there);</li>
 * <li>"whiplash": "Whiplash injury" (S13.4);</li>
 * <li>fractures: a bone named by its adjective (before its part, or alone: "sacral fracture" is of the sacrum),
 * "delayed union" as the 7th character's "delayed healing";</li>
 * <li>"lumbar disc degeneration": "Degeneration, intervertebral disc, lumbar region" (M51.36-), without
 * mention of pain when none is stated (M51.369).</li>
 * </ul>
 */
final class ReadingWording {

    private static final Pattern LIPOMA = Pattern.compile(
            "\\blipoma(?:s)?\\s+(?:of|on|over|in)\\s+(?:the\\s+)?(?:(?:skin|subcutaneous(?:\\s+tissue)?|soft\\s+tissue"
                    + "|subcutis)\\s+(?:and\\s+subcutaneous\\s+tissue\\s+)?(?:of|over)\\s+(?:the\\s+)?)?"
                    + "((?:right\\s+|left\\s+)?)(upper\\s+arm|lower\\s+leg|chest\\s+wall|abdominal\\s+wall"
                    + "|upper\\s+back|lower\\s+back|[a-z]+)\\b");
    /** Skin sites by the class "Lipoma, site classification" files them under. */
    private static final Map<String, String> SITE_CLASS = Map.ofEntries(
            Map.entry("arm", "arms"), Map.entry("upper arm", "arms"), Map.entry("forearm", "arms"),
            Map.entry("elbow", "arms"), Map.entry("wrist", "arms"), Map.entry("hand", "arms"),
            Map.entry("finger", "arms"), Map.entry("shoulder", "arms"), Map.entry("axilla", "trunk"),
            Map.entry("leg", "legs"), Map.entry("lower leg", "legs"), Map.entry("thigh", "legs"),
            Map.entry("calf", "legs"), Map.entry("knee", "legs"), Map.entry("ankle", "legs"),
            Map.entry("foot", "legs"), Map.entry("hip", "legs"), Map.entry("back", "trunk"),
            Map.entry("upper back", "trunk"), Map.entry("lower back", "trunk"), Map.entry("chest", "trunk"),
            Map.entry("chest wall", "trunk"), Map.entry("abdomen", "trunk"), Map.entry("abdominal wall", "trunk"),
            Map.entry("flank", "trunk"), Map.entry("buttock", "trunk"), Map.entry("groin", "trunk"),
            Map.entry("scalp", "head"), Map.entry("cheek", "face"), Map.entry("forehead", "face"));
    private static final Pattern MELANOMA_SKIN = Pattern.compile("\\bmelanoma in situ (of|on) (?:the )?skin of ");
    private static final Pattern HEPATITIS = Pattern.compile("\\bhepatitis (?:type )?(a|e)\\b");
    /** A past hepatitis A or E: "History, personal, infectious disease" (Z86.19), not the current infection. */
    private static final Pattern HEPATITIS_HISTORY = Pattern.compile(
            "\\bhistory\\s+of\\s+(?:acute\\s+|viral\\s+)?hepatitis (?:type )?(?:a|e)\\b");
    /**
     * A past infection the index lists only under "History, personal, disease, infectious" (tuberculosis Z86.11,
     * poliomyelitis Z86.12, malaria Z86.13), not the current infection (I.C.21.c.4); a relative's stays as written.
     */
    private static final GuardedPattern INFECTION_HISTORY = GuardedPattern.compile(
            "(?<!family\\s)\\bhistory\\s+(?:of\\s+)?"
            + "(?:(?:treated|pulmonary|active)\\s+)?(tuberculosis|poliomyelitis|malaria)\\b(?!\\s+infection)");
    /** "Whiplash" alone: the index's entry is "Whiplash injury" (S13.4). */
    private static final Pattern WHIPLASH = Pattern.compile("\\bwhiplash\\b(?!\\s+injur)");

    /** A bone named by its adjective before its part ("radial head"): the index's "Fracture, radius, head". */
    private static final Pattern BONE_PART = Pattern.compile(
            "\\b(radial|ulnar|humeral)\\s+(head|(?:surgical\\s+|anatomical\\s+)?neck|shaft|styloid(?:\\s+process)?)\\b");
    private static final Map<String, String> BONE = Map.of("radial", "radius", "ulnar", "ulna", "humeral", "humerus");
    /**
     * A fractured bone named by its adjective alone ("sacral fracture", "right patellar fracture"): the index files
     * fractures under the bone's noun ("Fracture, traumatic, sacrum" S32.1-, "patella" S82.0-), so the adjective
     * is read as the noun; not before a vessel, nerve or region the adjective may also name ("iliac artery").
     */
    private static final Pattern BONE_ADJECTIVE = Pattern.compile("\\b(ischial|iliac|sacral|coccygeal|pubic"
            + "|acetabular|patellar|clavicular|scapular|sternal|fibular|mandibular|maxillary|calcaneal|talar"
            + "|phalangeal)\\b(?!\\s+(?:arter\\w*|veins?|nerves?|vessels?|region|area|nodes?|spine|hernia))");
    private static final Map<String, String> BONE_NOUN = Map.ofEntries(Map.entry("ischial", "ischium"),
            Map.entry("iliac", "ilium"), Map.entry("sacral", "sacrum"), Map.entry("coccygeal", "coccyx"),
            Map.entry("pubic", "pubis"), Map.entry("acetabular", "acetabulum"), Map.entry("patellar", "patella"),
            Map.entry("clavicular", "clavicle"), Map.entry("scapular", "scapula"), Map.entry("sternal", "sternum"),
            Map.entry("fibular", "fibula"), Map.entry("mandibular", "mandible"), Map.entry("maxillary", "maxilla"),
            Map.entry("calcaneal", "calcaneus"), Map.entry("talar", "talus"), Map.entry("phalangeal", "phalanx"));
    /** A vertebral level or two ("C5-C6", "L4-5", "L5-S1"), read in a statement of a disc or nerve-root condition. */
    private static final Pattern LEVEL = Pattern.compile(
            "\\b([ctls])(\\d{1,2})(?:\\s*-\\s*([ctls])?(\\d{1,2}))?\\b");
    private static final Map<String, String> REGION_OF = Map.of("c", "cervical", "t", "thoracic", "l", "lumbar",
            "s", "sacral", "ls", "lumbosacral", "ct", "cervicothoracic", "tl", "thoracolumbar");
    private static final Pattern REGION = Pattern.compile(
            "\\b(?:cervical|thoracic|lumbar|sacral|lumbosacral|cervicothoracic|thoracolumbar)\\b");
    /** "End-stage kidney disease" (ESKD) is the Tabular's "End stage renal disease" N18.6 (I.C.14.a.1). */
    private static final Pattern END_STAGE_KIDNEY = Pattern.compile("\\bend[- ]stage kidney\\b");
    /**
     * Pain of a part of the lower limb ("left calf pain", "pain in right thigh"): the index's "Pain, limb, lower,
     * [part]" (M79.65- thigh, M79.66- lower leg, M79.67- foot), the limb being the group subterm never written.
     */
    private static final Pattern LIMB_PAIN = Pattern.compile("\\bpain\\s+(?:in|of)\\s+(?:the\\s+)?(right |left )?"
            + "(calf|thigh|foot|lower\\s+leg)\\b|\\b(right |left )?(calf|thigh|foot|lower\\s+leg)\\s+pain\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.]|\\s(?:and|with)\\s");
    /** A fracture or a dislocation: the index files both under the bone's noun ("Dislocation, patella" S83.0-). */
    private static final Pattern FRACTURE_WORD = Pattern.compile("\\b(?:fractur\\w*|fx|dislocat\\w*|subluxat\\w*)\\b");
    /** "Delayed union" of a fracture at a site: the 7th character's "delayed healing" (I.C.19.c.1: G, H, J ...). */
    private static final Pattern DELAYED_UNION = Pattern.compile("\\bdelayed\\s+union\\b");

    /** A disc's degeneration named without "intervertebral": the index's "Degeneration, intervertebral disc". */
    private static final Pattern DISC = Pattern.compile("\\b(?:(cervical|thoracic|lumbar|lumbosacral)\\s+)?disc"
            + "\\s+degeneration\\b");

    private ReadingWording() {
    }

    /** The statement with the readings above in the index's words, else unchanged. */
    static String rewrite(String t) {
        if (t.contains("lipoma")) {
            t = lipoma(t);
        }
        if (t.contains("melanoma in situ")) {
            t = MELANOMA_SKIN.matcher(t).replaceAll("melanoma in situ $1 ");
        }
        if (t.contains("hepatitis")) {
            // I.C.21.c.4: a history code, the condition no longer exists (the index has "hepatitis B/C" only).
            t = t.contains("history") ? HEPATITIS_HISTORY.matcher(t).replaceAll("history of infectious disease") : t;
            t = HEPATITIS.matcher(t).replaceAll("viral hepatitis type $1");
        }
        t = INFECTION_HISTORY.replaceAll(t, "history of infectious disease $1");
        if (t.contains("fractur") || t.contains("dislocat") || t.contains("subluxat")) {
            t = fracture(t);
        }
        if (t.contains("disc") || t.contains("radicul") || t.contains("herniat")) {
            t = spineLevel(t);
        }
        if (t.contains("stage kidney")) {
            t = END_STAGE_KIDNEY.matcher(t).replaceAll("end stage renal");
        }
        if (t.contains("pain")) {
            t = LIMB_PAIN.matcher(t).replaceAll(m -> "pain in lower limb, " + (m.group(1) != null ? m.group(1)
                    : m.group(3) == null ? "" : m.group(3)) + limbPart(m.group(2) != null ? m.group(2) : m.group(4)));
        }
        if (t.contains("disc degeneration")) {
            Matcher m = DISC.matcher(t);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String region = m.group(1) == null ? "" : m.group(1) + " ";
                m.appendReplacement(sb, "degeneration of " + region + "intervertebral disc");
            }
            m.appendTail(sb);
            t = sb.toString();
            // FY2025 M51.36-/M51.37-: with no pain stated, the subcategory's "without mention of lumbar back pain
            // or lower extremity pain" (M51.369, M51.379), not the first child: no pain is documented.
            t = t.contains("pain") || !t.contains("lumb") ? t
                    : t + " without mention of lumbar back pain or lower extremity pain";
        }
        if (t.contains("whiplash")) {
            t = WHIPLASH.matcher(t).replaceAll("whiplash injury");
        }
        return t;
    }

    /**
     * A fracture's bone named by its adjective ("fracture of right radial head": "head of right radius"), and a
     * "delayed union" stated with a subsequent encounter read as the 7th character's "delayed healing": the index's
     * "Fracture, traumatic, delayed union - see Delay, union" ends at T14.8, the site's code takes the healing as
     * its 7th character (I.C.19.a, I.C.19.c.1).
     */
    static String fracture(String t) {
        // Only a fracture: the index has "Dislocation, radial head" (S53.0-) under the adjective itself.
        if (t.contains("fracture") && (t.contains("radial") || t.contains("ulnar") || t.contains("humeral"))) {
            Matcher m = BONE_PART.matcher(t);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, m.group(2) + " of " + BONE.get(m.group(1)));
            }
            m.appendTail(sb);
            t = sb.toString();
        }
        if (t.contains("al ") || t.contains("ar ") || t.contains("ic ")) {
            String s = t;
            t = BONE_ADJECTIVE.matcher(s).replaceAll(m -> fractureClause(s, m.start(), m.end())
                    ? BONE_NOUN.get(m.group(1)) : m.group());
        }
        return t.contains("delayed") && t.contains("subsequent") ? DELAYED_UNION.matcher(t).replaceAll("delayed healing")
                : t;
    }

    /**
     * Whether the clause around [start, end) names a fracture: only a fractured bone is the index's "Fracture, bone"
     * noun; the same adjective elsewhere in the statement keeps its own entry ("calcaneal spur" Spur, calcaneal M77.3-,
     * "maxillary sinusitis" Sinusitis, maxillary J32.0; I.A.16, I.B.1). A clause ends at a comma, semicolon or period
     * or at "and" / "with".
     */
    private static boolean fractureClause(String t, int start, int end) {
        Matcher before = CLAUSE_END.matcher(t.substring(0, start));
        int from = 0;
        while (before.find()) {
            from = before.end();
        }
        Matcher after = CLAUSE_END.matcher(t);
        int to = after.find(end) ? after.start() : t.length();
        return FRACTURE_WORD.matcher(t.substring(from, to)).find();
    }

    /** A part of the lower limb as the index's subterm of "Pain, limb, lower" (the calf is the lower leg). */
    private static String limbPart(String part) {
        return part.equals("calf") ? "lower leg" : part.replaceAll("\\s+", " ");
    }

    /**
     * A disc or nerve-root condition at a vertebral level named without its region ("C5-C6 disc herniation",
     * "L5 radiculopathy"): the index files them by region and then level ("Displacement, intervertebral disc,
     * cervical, C5-C6" M50.222; "Radiculopathy, lumbar region" M54.16), so the region the level's letter names is
     * added before it (a level spanning two regions is the junction: L5-S1 lumbosacral, C7-T1 cervicothoracic,
     * T12-L1 thoracolumbar; I.A.16, I.B.1). Not when a region or a fracture is stated (the vertebra's own rule).
     */
    static String spineLevel(String t) {
        if (REGION.matcher(t).find() || FRACTURE_WORD.matcher(t).find()) {
            return t;
        }
        return LEVEL.matcher(t).replaceAll(m -> {
            String from = m.group(1);
            String to = m.group(3) == null ? from : m.group(3);
            String region = from.equals(to) ? REGION_OF.get(from) : REGION_OF.get(from + to);
            return region == null ? m.group() : region + " " + m.group();
        });
    }

    /** "lipoma of [the skin of] [side] SITE" with SITE read as the class the index's site classification names. */
    static String lipoma(String t) {
        Matcher m = LIPOMA.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String site = m.group(2).replaceAll("\\s+", " ");
            String cls = SITE_CLASS.get(site.endsWith("s") && !site.endsWith("ss") ? site.substring(0,
                    site.length() - 1) : site);
            // The index's class ("legs") and, for the Tabular's sided titles ("left leg"), the limb with its side.
            String limb = cls != null && cls.endsWith("s") ? " " + m.group(1) + cls.substring(0, cls.length() - 1) : "";
            String to = cls == null ? m.group() : "lipoma of " + (limb.isEmpty() ? m.group(1) : "") + cls + limb;
            m.appendReplacement(sb, Matcher.quoteReplacement(to));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}

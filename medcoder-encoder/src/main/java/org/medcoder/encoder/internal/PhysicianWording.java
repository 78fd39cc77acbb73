package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Other physicians' spellings of words the Alphabetic Index writes one way only: ordinals in digits ("5th
 * metatarsal", "1st degree burn"), digits of the hand by number ("4th finger"), burn depth by thickness, short forms
 * of diabetes types, genus initials of organisms the index names in full ("A. baumannii"), the Latin "in ano", and
 * "carpal tunnel" without its "syndrome". Each expansion is a term or subterm the index itself has.
 */
final class PhysicianWording {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth"};

    /** The index's names of the fingers after the thumb, by number (digit 2 to 5: Trigger finger, ring finger). */
    private static final String[] FINGERS = {"index finger", "middle finger", "ring finger", "little finger"};

    /** Genus initial and species, and the index's full name (Pneumonia, due to, Acinetobacter baumannii J15.61). */
    private static final String[][] ORGANISMS = {
        {"a", "baumannii", "acinetobacter baumannii"},
        {"k", "pneumoniae", "klebsiella pneumoniae"},
        {"p", "aeruginosa", "pseudomonas aeruginosa"},
        {"s", "aureus", "staphylococcus aureus"},
        {"s", "pyogenes", "streptococcus pyogenes"},
        {"s", "agalactiae", "streptococcus agalactiae"},
        {"m", "pneumoniae", "mycoplasma pneumoniae"},
        {"c", "trachomatis", "chlamydia trachomatis"},
        {"n", "gonorrhoeae", "neisseria gonorrhoeae"},
        {"p", "mirabilis", "proteus mirabilis"}};

    private PhysicianWording() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        // Fingers by number before the ordinals: "4th finger" is the ring finger of M65.34- and S62.-, not a
        // "fourth" the index never uses for fingers.
        for (int i = 0; i < FINGERS.length; i++) {
            put.accept(digitOrdinal(i + 2) + " finger|" + ORDINALS[i + 1] + " finger", FINGERS[i]);
        }
        // Index: Burn, partial thickness - code as Burn, by site, second degree; full thickness skin loss - third
        // degree.
        put.accept("partial[- ]thickness", "second degree");
        put.accept("full[- ]thickness burn", "third degree burn");
        // A percentile stays in digits: BMI pediatric percentiles are read as numbers (Z68.5-).
        for (int i = ORDINALS.length; i >= 1; i--) {
            put.accept(digitOrdinal(i) + "(?!\\s*percentile)", ORDINALS[i - 1]);
        }
        put.accept("t1d", "type 1 diabetes mellitus");
        put.accept("t2d", "type 2 diabetes mellitus");
        put.accept("gdm", "gestational diabetes mellitus");
        for (String[] o : ORGANISMS) {
            put.accept(o[0] + "\\.\\s*" + o[1], o[2]);
        }
        // "Fissure in ano", "fistula in ano": Latin for the anal one (Index: Fissure, anal K60.2; Fistula, anal).
        for (String lesion : new String[] {"fissure", "fistula", "abscess"}) {
            put.accept(lesion + " in ano", "anal " + lesion);
        }
        // A severity written with its axis noun ("moderate severity", "of mild severity", "severity: moderate") is the
        // value alone: the noun names the axis, and its stem must not meet the index's "severe" (F32.2, J45.5-) when
        // the value stated is another (I.A.18; the axis values of F32-F33, F31, J45, F03 are mild, moderate, severe).
        for (String value : new String[] {"mild", "moderate", "severe"}) {
            put.accept(value + "(?:\\s+in)?\\s+severity", value);
        }
        put.accept("severity(?=\\s*:?\\s*(?:is\\s+)?(?:mild|moderate)\\b)", "");
        // Dermatitis is the index's "Dermatitis (eczematous)": the atopic forms the index lists under "Eczema"
        // (flexural L20.82, infantile L20.83, intrinsic L20.84) are read there; "dyshidrotic" is its "Dyshidrosis".
        for (String form : new String[] {"flexural", "infantile", "intrinsic"}) {
            put.accept(form + " atopic dermatitis", form + " atopic eczema");
        }
        put.accept("dyshidrotic eczema|dyshidrotic dermatitis|dyshidrotic", "dyshidrosis");
        // Gout of a joint without a cause is the index's idiopathic gout, under which alone the index lists the sites
        // ("Gout, idiopathic, ankle" M10.07-; Tabular M10.0 "Idiopathic gout" includes "Primary gout"): M10.9 has
        // no site (I.A.18 and I.B.1, the site the statement documents); a drug, lead or renal cause keeps its path.
        // The great toe is the index's "foot joint" of idiopathic gout (M10.07-), side kept.
        for (String side : new String[] {"", "left ", "right "}) {
            put.accept("gout(?:y arthritis)?(?:\\s+(?:flare|attack|flare-up))?\\s+(?:of|in|involving)\\s+(?:the\\s+)?"
                    + side + "great toe(?!.*(?:drug|lead|renal|kidney|secondary|induced|due to|saturnine))",
                    "idiopathic gout of " + side + "great toe foot joint");
        }
        put.accept("gout(?=(?:y arthritis)?(?:\\s+(?:flare|attack|flare-up))?\\s+(?:of|in|involving)\\s+(?:the\\s+)?"
                + "(?:left\\s+|right\\s+|bilateral\\s+)?(?:great toe|toe|ankle|foot|knee|wrist|hand|elbow|shoulder|hip"
                + "|finger|midfoot|first mtp))(?!.*(?:drug|lead|renal|kidney|secondary|induced|due to|saturnine))",
                "idiopathic gout");
        // Cellulitis and abscess of the forearm: the index has no "forearm" subterm there, only the upper limb it is
        // part of ("Cellulitis, upper limb" L03.11-; "Abscess, upper limb" L02.41-; I.A.18, the site's axis).
        for (String lesion : new String[] {"cellulitis", "abscess", "lymphangitis"}) {
            put.accept(lesion + "(?= of (?:the )?(?:left |right )?forearm)", lesion + " of upper limb");
        }
        // "Carpal tunnel" alone is the syndrome (Index: Syndrome, carpal tunnel G56.0-); not the release operation.
        put.accept("carpal tunnel(?!\\s+(?:syndrome|release|surgery|injection))", "carpal tunnel syndrome");
    }

    private static String digitOrdinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}

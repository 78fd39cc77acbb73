package org.medcoder.encoder.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stems of single words, the same on both sides (index, tabular and statement): British spellings made American,
 * synonyms the classification writes one way mapped to one form, short plurals made singular, then the common
 * suffixes cut. Memoised, bounded.
 */
final class Stems {

    private static final String[][] SUFFIXES = {
        {"ations", ""}, {"ation", ""}, {"ically", ""}, {"ical", ""}, {"ities", ""}, {"ity", ""}, {"ives", ""},
        {"ive", ""}, {"ions", ""}, {"ion", ""}, {"ics", ""}, {"ic", ""}, {"ies", "y"},
        // "-ating"/"-ated" like "-ation": "deviated septum" meets "Deviation, septum"; "complicating" "complicated".
        {"ating", ""}, {"ing", ""}, {"ated", ""}, {"ed", ""},
        {"al", ""}, {"es", ""}, {"s", ""},
    };

    private Stems() {
    }

    /**
     * British spellings found in notes written the American way the classification uses ("haemophilus",
     * "anaemia", "oesophagitis", "diarrhoea", "tumour"); applied to both sides, so it only ever joins variants. A
     * final "ae" is a Latin plural or genitive ("influenzae", "vertebrae") and is kept.
     */
    static String american(String w) {
        if (w.length() <= 4) {
            return w;
        }
        String s = w;
        int ae = s.indexOf("ae");
        if (ae >= 0 && ae < s.length() - 2) {
            s = s.substring(0, s.length() - 2).replace("ae", "e") + s.substring(s.length() - 2);
        }
        if (s.startsWith("oe")) {
            s = s.substring(1);
        }
        if (s.contains("oea")) {
            s = s.replace("hoea", "hea").replace("noea", "nea");
        }
        if (s.startsWith("coeli") || s.startsWith("foet")) {
            s = s.charAt(0) + s.substring(2);
        }
        if (s.endsWith("our") || s.endsWith("ours")) {
            int at = s.lastIndexOf("our");
            s = s.substring(0, at) + "or" + s.substring(at + 3);
        }
        if (s.startsWith("sulph")) {
            s = "sulf" + s.substring(5);
        }
        return s;
    }

    /**
     * Words the classification writes one way and notes another with the same meaning, mapped to one form on both
     * sides (index, tabular and statement), so that the mapping can never separate two index entries.
     */
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("medication", "medicament"), Map.entry("medications", "medicament"),
            Map.entry("medicine", "medicament"), Map.entry("medicines", "medicament"),
            Map.entry("medicaments", "medicament"), Map.entry("exam", "examination"),
            // Adjectives and irregular participles of the index's nouns: "polycystic ovarian syndrome" is
            // "Syndrome, polycystic ovary"; "ingrown toenail" is "Ingrowing, nail".
            Map.entry("ovarian", "ovary"), Map.entry("hypoxic", "hypoxia"),
            Map.entry("ingrown", "ingrowing"), Map.entry("heterogeneously", "heterogeneous"),
            Map.entry("extremely", "extreme"),
            // The intent adverbs are the Drug table's and the index's intent adjectives (Underdosing, intentional NEC).
            Map.entry("intentionally", "intentional"), Map.entry("unintentionally", "unintentional"),
            Map.entry("accidentally", "accidental"),
            // "corneal" would lose its "al" and "e" and meet "Corn" (L84): it is the index's "cornea".
            Map.entry("corneal", "cornea"),
            // The index spells the newborn's scalp hematoma without the combining vowel ("Cephalematoma,
            // cephalhematoma, newborn (birth injury)" P12.0); clinicians write "cephalohematoma".
            Map.entry("cephalohematoma", "cephalhematoma"),
            // The index writes the newborn period both ways ("Aspiration, blood, newborn" P24.2-, "Hypothermia,
            // neonatal" P80.-; "Jaundice, neonatal - see Jaundice, newborn"): one word for both.
            Map.entry("neonatal", "newborn"), Map.entry("neonate", "newborn"), Map.entry("neonates", "newborn"),
            // ... and as the perinatal period, the same first 28 days (I.C.16: "Pneumothorax, perinatal period"
            // P25.1, "Stroke, cerebral, perinatal" P91.82-, for a newborn's or a neonate's condition).
            Map.entry("perinatal", "newborn"),
            // The index's Latin forms beside the English adjective ("Hordeolum, internum" for an internal
            // hordeolum; "Otitis, externa"), and the nouns of age it writes both ways ("Pica, infant or child";
            // "Disorder, eating, pica, childhood"); "gonorrheal" and "gonococcal" name the same organism's
            // disease in different entries (Endophthalmitis, gonorrheal; Gonococcus, gonococcal).
            Map.entry("internum", "internal"), Map.entry("interna", "internal"),
            Map.entry("externum", "external"), Map.entry("externa", "external"),
            Map.entry("childhood", "child"), Map.entry("infancy", "infant"),
            Map.entry("gonorrheal", "gonococcal"),
            // The adjective and the plural of "tophus": "chronic tophaceous gout" and "gout with tophi" are chronic
            // gout "with tophus (tophi)" (M1A 7th character 1, against "without tophus (tophi)"); the classification
            // writes the adjective only in E79.0's "tophaceous disease".
            Map.entry("tophaceous", "tophus"), Map.entry("tophi", "tophus"));

    /** Stems already computed (a pure function of the word), bounded so that nonsense input cannot grow it. */
    private static final ConcurrentHashMap<String, String> STEMS =
            new ConcurrentHashMap<>();
    private static final int MAX_STEMS = 200_000;

    /** The stem of one lower-case word. */
    static String of(String word) {
        String known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        String s = computeStem(word);
        if (STEMS.size() < MAX_STEMS) {
            STEMS.putIfAbsent(word, s);
        }
        return s;
    }

    /**
     * The singular of a Greek plural in "-oses" ("ecchymoses", "stenoses", "thromboses") or "-omata": the index's
     * main terms are the "-osis" and "-oma" singulars ("Ecchymosis, spontaneous" R23.3). Short words ("doses", "noses") are left alone,
     * and so are the plurals of English words in "-ose" ("overdoses", "purposes", "exposes", "encloses"), whose
     * singular the index writes in "-ose" ("Overdose", "Examination, administrative purpose only" Z02.9).
     */
    private static String greekSingular(String w) {
        if (w.length() >= 8 && w.endsWith("omata")) {
            // The Greek neuter plural of "-oma" ("condylomata", "carcinomata", "xanthomata"): the index's main
            // terms are the singulars ("Condyloma, acuminatum" A63.0).
            return w.substring(0, w.length() - 2);
        }
        if (w.length() < 8 || !w.endsWith("oses")) {
            return w;
        }
        for (String english : ENGLISH_OSES) {
            if (w.endsWith(english)) {
                return w;
            }
        }
        return w.substring(0, w.length() - 2) + "is";
    }

    /**
     * Endings of English "-ose" plurals of eight letters or more: dose, pose (purpose, expose, propose ...), close,
     * the sugars. Not "roses"/"hoses"/"loses": "scleroses", "psychoses", "tuberculoses" are Greek.
     */
    private static final String[] ENGLISH_OSES = {"overdoses", "underdoses", "poses", "closes", "glucoses",
        "lactoses", "fructoses", "sucroses"};

    /**
     * A named organism as the index's adjective: "cytomegalovirus" and "cytomegaloviral" name one organism in different
     * entries (Pneumonia, cytomegaloviral B25.0; Infection, cytomegalovirus), so "-virus(es)" is read "-viral" on
     * both sides. "Virus" alone is left alone (main term "Virus" beside "Viral - see condition").
     */
    private static String viral(String w) {
        if (w.length() > 7 && w.endsWith("viruses")) {
            return w.substring(0, w.length() - 7) + "viral";
        }
        return w.length() > 5 && w.endsWith("virus") ? w.substring(0, w.length() - 5) + "viral" : organism(w);
    }

    /**
     * The other organisms the index names both as a noun and as an adjective: "-coccus"/"-cocci" and "-coccal"
     * (Meningitis, pneumococcal G00.1; Pneumonia, pneumococcal J13), "-idium" and "-idial" (Diarrhea, due to,
     * Cryptosporidium A07.2; "cryptosporidial diarrhea"), "-bacterium" and "-bacterial".
     */
    private static String organism(String w) {
        if (w.length() > 6 && (w.endsWith("coccus") || w.endsWith("cocci"))) {
            return w.substring(0, w.lastIndexOf("cocc")) + "coccal";
        }
        if (w.length() > 7 && (w.endsWith("idium") || w.endsWith("bacterium"))) {
            return w.substring(0, w.length() - 2) + "al";
        }
        return w;
    }

    /**
     * The adjective under a noun of quality: "unsteadiness" is "unsteady", "weakness" "weak", "stiffness" "stiff"
     * (Unsteadiness, on feet R26.81 for "unsteady on her feet"; Weakness for "weak"). Short nouns ("illness") and
     * the "-iveness" nouns are kept: "costiveness" (constipation) is not "cost".
     */
    private static String quality(String w) {
        if (w.length() >= 9 && w.endsWith("iness")) {
            return w.substring(0, w.length() - 5) + "y";
        }
        return w.length() >= 8 && w.endsWith("ness") && !w.endsWith("iveness") ? w.substring(0, w.length() - 4) : w;
    }

    /**
     * The stem of a Latin anatomical or disease noun in consonant + "-us" beside its English adjective in "-ic",
     * "-al" or "-eal": "pylorus" and "pyloric" (Stenosis, pylorus, congenital Q40.0 for "congenital pyloric
     * stenosis"), "esophagus" and "esophageal", "humerus" and "humeral", "hydrocephalus" and "hydrocephalic". Not
     * "-ous" adjectives, not short nouns ("fetus", "status"), not "-nus" ("tetanus" is not "tetany", "sinus").
     */
    private static boolean latinNoun(String w) {
        int n = w.length();
        if (n < 7 || !w.endsWith("us")) {
            return false;
        }
        char before = w.charAt(n - 3);
        return "aeioun".indexOf(before) < 0;
    }

    private static String computeStem(String word) {
        String w = american(word);
        String canonical = CANONICAL.get(w);
        w = canonical != null ? canonical : quality(ShortPlurals.singular(greekSingular(viral(w))));
        if (w.length() <= 4 || !Character.isLetter(w.charAt(w.length() - 1)) || w.endsWith("ae")) {
            return w;
        }
        if (latinNoun(w)) {
            return w.substring(0, w.length() - 2);
        }
        // One substring at most (hot path): find the suffix, then the final vowel, then cut.
        int end = w.length();
        String rep = "";
        for (String[] suf : SUFFIXES) {
            int min = suf[0].equals("ies") ? 5 : 4;
            if (w.endsWith(suf[0]) && end - suf[0].length() >= min) {
                end -= suf[0].length();
                rep = suf[1];
                break;
            }
        }
        char last = rep.isEmpty() ? w.charAt(end - 1) : rep.charAt(rep.length() - 1);
        if (end + rep.length() > 4 && (last == 'e' || last == 'a' || last == 'y')) {
            if (rep.isEmpty()) {
                end--;
            } else {
                rep = rep.substring(0, rep.length() - 1);
            }
        }
        String base = end == w.length() ? w : w.substring(0, end);
        return rep.isEmpty() ? base : base + rep;
    }
}

package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Clinicians' shorthand beyond {@link Abbreviations}' core list, rewritten to the Alphabetic Index's own words:
 * abbreviations of conditions, organisms and findings as written in assessments ("SVT", "LBBB", "C. diff",
 * "H. pylori", "s/p CABG"), "both eyes" for the tabular's "bilateral", and "history of" read as the index's
 * "History, personal (of)".
 */
final class Shorthand {

    /** Body parts of which "both" means the classification's "bilateral" (laterality, I.B / Tabular conventions). */
    private static final String[] PAIRED = {"eyes", "ears", "sides", "knees", "hips", "shoulders", "elbows",
        "wrists", "hands", "feet", "ankles", "legs", "arms", "lungs", "breasts", "kidneys", "ovaries",
        "lower extremities", "upper extremities", "lower limbs", "upper limbs"};

    private Shorthand() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        // Conditions (index wording: Tachycardia, supraventricular; Block, bundle-branch, left; Block,
        // atrioventricular, first degree; Lupus, erythematosus, systemic; Leukemia, chronic lymphocytic, of B-cell
        // type; Tuberculosis, latent; Hyperplasia, prostate, with lower urinary tract symptoms (LUTS)).
        put.accept("psvt", "paroxysmal supraventricular tachycardia");
        put.accept("svt", "supraventricular tachycardia");
        put.accept("lbbb", "left bundle-branch block");
        put.accept("rbbb", "right bundle-branch block");
        put.accept("av block|a-v block", "atrioventricular block");
        put.accept("sle", "systemic lupus erythematosus");
        put.accept("cll", "chronic lymphocytic leukemia");
        put.accept("ltbi", "latent tuberculosis");
        put.accept("tb", "tuberculosis");
        put.accept("luts", "lower urinary tract symptoms");
        put.accept("psa", "prostate specific antigen");
        // "Pharyngitis, streptococcal" J02.0; organisms as the B95-B97 entries name them.
        put.accept("strep throat", "streptococcal pharyngitis");
        put.accept("strep", "streptococcus");
        put.accept("staph", "staphylococcus");
        put.accept("c\\.?\\s*diff|c\\.?\\s*difficile", "clostridium difficile");
        // The organism's current name; the index still uses the former one ("Colitis, Clostridium difficile").
        put.accept("clostridioides", "clostridium");
        put.accept("h\\.?\\s*pylori", "helicobacter pylori");
        // Status (post), aortocoronary bypass Z95.1.
        put.accept("cabg", "aortocoronary bypass");
        put.accept("s/p|status-post", "status post");
        for (String part : PAIRED) {
            put.accept("both " + part, "bilateral " + part);
        }
    }

    /** {@link #personalHistory} and the trimester of stated weeks ({@link Gestation}). */
    static String rewrite(String expanded) {
        return InjuryWording.rewrite(Gestation.withTrimester(personalHistory(expanded)));
    }

    /**
     * "History of X" without "family" is the patient's own history: the index has it under "History, personal (of)"
     * (and "History, family (of)" for relatives), so the subterm the statement implies is written out.
     */
    static String personalHistory(String expanded) {
        int at = expanded.indexOf("history");
        if (at < 0 || expanded.contains("family") || expanded.contains("personal")) {
            return expanded;
        }
        return expanded.substring(0, at) + "personal " + expanded.substring(at);
    }
}

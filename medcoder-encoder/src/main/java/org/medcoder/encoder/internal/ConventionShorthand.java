package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Problem-list short forms and clinicians' wordings that lead a coder to another main term than the words
 * written, each rewritten to the Alphabetic Index entry a coder looks up ("PMB" to "postmenopausal bleeding",
 * "calculous cholecystitis" to "Calculus, gallbladder, with cholecystitis"). Expansions are index wording, never
 * codes. Short forms that mean different things in different places are only expanded in the context that
 * decides them ("PVD" beside an eye is a posterior vitreous detachment, H43.81-; elsewhere it stays peripheral
 * vascular disease; "CAP" ending a clause is community-acquired pneumonia, not a capsule).
 */
final class ConventionShorthand {

    /**
     * Words that name an eye beside "PVD". Not "bilateral" alone: "PVD bilateral lower extremities" is peripheral
     * vascular disease.
     */
    private static final String[][] EYES = {{"od", "right eye"}, {"os", "left eye"}, {"ou", "bilateral"},
        {"right eye", "right eye"}, {"left eye", "left eye"}, {"both eyes", "bilateral"}, {"r eye", "right eye"},
        {"l eye", "left eye"}};

    private ConventionShorthand() {
    }

    /** Adds the forms whose meaning the next words decide; registered before the plain short forms. */
    static void registerFirst(BiConsumer<String, String> put) {
        // Posterior vitreous detachment (Index: Detachment, vitreous (body), H43.81-) when an eye is named.
        for (String[] eye : EYES) {
            for (String joint : new String[] {" ", ", ", " of ", " of the ", " in ", " in the "}) {
                put.accept("pvd" + joint + eye[0], "posterior vitreous detachment " + eye[1]);
            }
            put.accept(eye[0] + " pvd", "posterior vitreous detachment " + eye[1]);
        }
        // A foreign body sensation without a foreign body (H57.8A-, FY2024) is a symptom of the eye, not an injury.
        put.accept("fb sensation|foreign-body sensation", "foreign body sensation");
        // "Strep throat" is the index's "Pharyngitis, streptococcal" (J02.0); "strep" alone is an organism (B95.-).
        put.accept("strep throat|strep pharyngitis", "streptococcal pharyngitis");
        put.accept("strep tonsillitis", "streptococcal tonsillitis");
        // Calculous cholecystitis is a gallbladder calculus with cholecystitis (Index: Calculus, gallbladder,
        // with, cholecystitis K80.1-), not "Cholecystitis, chronic" K81.1 (I.A.15 "with").
        put.accept("calculous cholecystitis", "gallbladder calculus with cholecystitis");
        // Community-acquired pneumonia: "CAP" only when it is its clause's first and last word (not "1 cap daily",
        // "cradle cap").
        put.accept("cap(?<![a-z0-9]\\s{1,3}cap)(?!\\s*[a-z0-9])", "community acquired pneumonia");
    }

    /** Adds the plain short forms (regex of the written form, index wording). */
    static void register(BiConsumer<String, String> put) {
        put.accept("pmb", "postmenopausal bleeding");
        put.accept("pfo", "patent foramen ovale");
        put.accept("vsd", "ventricular septal defect");
        put.accept("snhl", "sensorineural hearing loss");
        put.accept("chl", "conductive hearing loss");
    }
}

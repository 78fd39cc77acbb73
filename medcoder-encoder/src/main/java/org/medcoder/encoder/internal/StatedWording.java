package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Words clinicians write for conditions, circumstances and causes that a coder codes as second codes, rewritten in
 * the Alphabetic Index's own words before the statement is analysed (registered into {@link Abbreviations} after
 * {@link PathShorthand}). Each expansion is the wording of the index entry a coder looks up, so the index, not this
 * list, decides the code: social determinants of health (Z55-Z65; Guideline I.C.21.c.17), a post COVID-19 condition
 * (U09.9; I.C.1.g.1.m), the type of a respiratory failure (J96; I.C.10.b), metastases (Neoplasm table, secondary),
 * drug classes of the Table of Drugs and Chemicals (I.C.19.e.5.a) and the verbs of the Index to External Causes
 * (I.C.20.a).
 */
final class StatedWording {

    private StatedWording() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        // Index: Homelessness Z59.00; Unemployment Z56.0; Illiteracy Z55.0; Problem, living alone Z60.2.
        put.accept("homeless", "homelessness");
        put.accept("unemployed|jobless", "unemployment");
        put.accept("illiterate|cannot read|unable to read", "illiteracy");
        put.accept("lives alone|living alone", "problem living alone");
        // Index: COVID-19, condition post / long (haul) / sequelae U09.9; the condition itself is coded first and
        // U09.9 after it (I.C.1.g.1.m); an infection that is over is not U07.1.
        put.accept("post[- ]covid(?:-19)? condition|post[- ]covid(?:-19)? syndrome"
                + "|post[- ]acute sequelae of covid(?:-19)?|post[- ]covid(?:-19)?|long[- ]covid(?:-19)?"
                + "|following covid(?:-19)? infection|after covid(?:-19)? infection|following covid(?:-19)? illness"
                + "|after covid(?:-19)? illness", "; covid-19 condition post;");
        // Failure, respiratory, acute / chronic, with hypercapnia / hypoxia (J96.02, J96.12, J96.01).
        put.accept("hypercapnic", "hypercapnia");
        put.accept("hypoxemic", "hypoxia");
        // Metastasis, metastatic: see Neoplasm, secondary, by site ("mets" is in ProblemListShorthand).
        put.accept("metastatic disease", "metastases");
        // Table of Drugs and Chemicals: Inhibitor, angiotensin-converting enzyme (T46.4-); drug classes by name or
        // abbreviation (SSRI, SNRI) are DrugNames'.
        put.accept("ace[- ]inhibitors?", "angiotensin-converting enzyme inhibitor");
        // Index to External Causes: Fall, falling; Contact, with.
        put.accept("fell|fallen", "fall");
        put.accept("touched|touching", "contact with");
    }
}

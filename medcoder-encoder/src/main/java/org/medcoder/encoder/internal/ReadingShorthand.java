package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Clinicians' short forms for conditions whose index entries or FY2024-FY2026 Tabular titles are written out in
 * full: septal defects of the heart (Index: Defect, atrial septal / ventricular septal; Q21.1- by type, FY2023),
 * premature atrial and ventricular contractions ("PACs", "PVCs"; I49.1, I49.3), haemoglobin genotypes of
 * sickle-cell disease ("HbSS" is the Tabular's "Hb-SS", D57.0-/D57.1, D57.2-), and
 * myelin oligodendrocyte glycoprotein antibody disease (G37.81, FY2025). Each maps to index or title words, never
 * to a code (Guideline I.A.6: the index's words lead to the code).
 */
final class ReadingShorthand {

    private ReadingShorthand() {
    }

    /** Adds the forms (regex of the written form, index wording), before the general abbreviations. */
    static void registerFirst(BiConsumer<String, String> put) {
        // "secundum ASD": Index "Defect, atrial septal, ostium secundum type" (Q21.11); "sinus venosus ASD" (Q21.16).
        put.accept("secundum type asd|secundum asd|asd secundum type|asd secundum|asd, secundum type|asd, secundum",
                "ostium secundum type atrial septal defect");
        put.accept("asd", "atrial septal defect");
        put.accept("vsd", "ventricular septal defect");
        put.accept("pfo", "patent foramen ovale");
        // Ectopic beats, counted in the plural on Holter reports: Index "Contraction(s), premature, atrial" (I49.1),
        // "ventricular" (I49.3).
        put.accept("pvcs?|pvc's", "premature ventricular contractions");
        put.accept("pacs?|pac's", "premature atrial contractions");
        // Haemoglobin genotypes as the Tabular writes them (D57.0- "Hb-SS disease with crisis", D57.21- "Hb-C").
        put.accept("hbss|hb ss|hgb ss|hgbss", "hb-ss");
        put.accept("hbsc|hb sc|hgb sc|hgbsc|hb-sc", "sickle-cell hb-c");
        // "Cephalematoma, cephalhematoma, newborn (birth injury)" (P12.0): the spelling with the linking "o".
        put.accept("cephalohematoma|cephalohaematoma|cephalhaematoma", "cephalhematoma");
        put.accept("mogad", "myelin oligodendrocyte glycoprotein antibody disease");
        put.accept("mog antibody-associated disease|mog antibody associated disease|mog antibody disease"
                + "|mog-antibody disease|mog-igg associated disease",
                "myelin oligodendrocyte glycoprotein antibody disease");
    }
}

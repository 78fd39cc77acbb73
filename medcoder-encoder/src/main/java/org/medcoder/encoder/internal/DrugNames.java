package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Drug names that the Table of Drugs and Chemicals in use (FY2025) does not list, rewritten to the table's own row
 * for their class, the way a coder looks up a drug the table lacks ("sertraline": Antidepressant, selective
 * serotonin reuptake inhibitor; "pembrolizumab": Immune, checkpoint inhibitors; "apixaban": Anticoagulant).
 * Only table words are produced, never a code: the row and its column (intent) are then read from the table
 * (Guideline I.C.19.e.5).
 */
final class DrugNames {

    private DrugNames() {
    }

    /**
     * Adds the variants (regex of the written form, the table's row words). Drugs whose long-term use
     * {@link DrugTherapy} codes by their own name (semaglutide Z79.85, celecoxib Z79.1) are left as written; a
     * class it knows by the class word ("anticoagulant" Z79.01) may be rewritten.
     */
    static void register(BiConsumer<String, String> put) {
        // Antidepressant, selective serotonin (norepinephrine) reuptake inhibitor, T43.22- / T43.21-.
        cls(put, "antidepressant selective serotonin reuptake inhibitor",
                "ssris?", "sertraline", "escitalopram", "paroxetine", "vilazodone", "vortioxetine");
        cls(put, "antidepressant selective serotonin norepinephrine reuptake inhibitor",
                "snris?", "duloxetine", "desvenlafaxine", "levomilnacipran");
        // HMG-CoA reductase inhibitors and other lipid-lowering drugs: "Antihyperlipidemic drug" T46.6-.
        cls(put, "antihyperlipidemic drug", "atorvastatin", "rosuvastatin", "pitavastatin", "ezetimibe");
        put.accept("statins?", "antihyperlipidemic drug");
        // "Immune, checkpoint inhibitors" T45.AX- (FY2023 row) for the PD-1, PD-L1 and CTLA-4 antibodies.
        cls(put, "immune checkpoint inhibitors", "pembrolizumab", "nivolumab", "ipilimumab", "atezolizumab",
                "durvalumab", "cemiplimab", "avelumab", "dostarlimab", "tremelimumab");
        put.accept("checkpoint inhibitors?", "immune checkpoint inhibitors");
        cls(put, "anticoagulant", "apixaban", "rivaroxaban", "dabigatran", "edoxaban");
        cls(put, "anticonvulsant specified", "levetiracetam", "lamotrigine", "topiramate", "lacosamide",
                "gabapentin", "pregabalin", "zonisamide", "brivaracetam");
        cls(put, "antipsychotic drug specified", "quetiapine", "aripiprazole", "risperidone", "ziprasidone",
                "lurasidone", "paliperidone", "brexpiprazole", "cariprazine");
        cls(put, "blockers calcium channel", "amlodipine", "felodipine");
        put.accept("calcium channel blockers?|ccb", "blockers calcium channel");
        cls(put, "antineoplastic", "capecitabine", "paclitaxel", "docetaxel", "gemcitabine", "oxaliplatin",
                "irinotecan", "pemetrexed", "etoposide", "imatinib", "ibrutinib", "osimertinib", "lenalidomide",
                "bortezomib", "trastuzumab", "bevacizumab", "cetuximab", "rituximab");
        // Fluoroquinolones and oxazolidinones are "Antibiotic, specified NEC" like ciprofloxacin (T36.8-).
        // (FY2026 gave the fluoroquinolones their own subcategory T36.A-: DrugStatements moves the code.)
        cls(put, "antibiotic specified", "levofloxacin", "moxifloxacin", "linezolid", "delafloxacin", "gemifloxacin");
        put.accept("fluoroquinolones?", "antibiotic specified");
        cls(put, "antiviral drug", "valacyclovir", "famciclovir", "oseltamivir");
        cls(put, "diuretic loop", "torsemide");
        cls(put, "beta adrenergic blocking agent heart", "carvedilol", "bisoprolol", "nebivolol");
        put.accept("beta[- ]blockers?", "antagonist beta-adrenoreceptor");
        // "Antagonist, alpha-adrenoreceptor" T44.6- and "Anti-gastric-secretion drug NEC" T47.1- (omeprazole's row).
        put.accept("alpha[- ]blockers?", "antagonist alpha-adrenoreceptor");
        put.accept("proton[- ]pump inhibitors?", "anti-gastric-secretion drug");
        // Iron salts are one row: "Ferrous fumerate, gluconate, lactate, salt NEC, sulfate (medicinal)" T45.4-.
        put.accept("ferrous (?:sulfate|sulphate|gluconate|fumarate)", "ferrous salt");
        // Radiographic contrast: "Contrast medium, radiography" T50.8- (its allergy status: Z91.041).
        put.accept("iv contrast|iodinated contrast|contrast (?:dye|media|medium|agent)", "contrast medium radiography");
        cls(put, "uric acid metabolism drug", "febuxostat");
        put.accept("hctz", "hydrochlorothiazide");
        // A brand the table does not list, by its generic row "Acetaminophen" T39.1- (review-a finding 15).
        put.accept("tylenol", "acetaminophen");
        // "Antineoplastic NEC" T45.1- is the row of cancer chemotherapy; the index's own entries say "antineoplastic
        // chemotherapy" (Anemia, due to, chemotherapy, antineoplastic D64.81) and "cytoreductive cancer
        // chemotherapy" (Neutropenia, drug-induced, due to, D70.1).
        put.accept("antineoplastic chemotherapy|chemotherapy|chemo", "antineoplastic cytoreductive chemotherapy");
    }

    private static void cls(BiConsumer<String, String> put, String row, String... names) {
        for (String n : names) {
            put.accept(n, row);
        }
    }
}

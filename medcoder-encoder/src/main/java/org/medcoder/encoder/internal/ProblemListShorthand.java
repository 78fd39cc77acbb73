package org.medcoder.encoder.internal;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Abbreviations and short forms clinicians write in problem lists and assessments, rewritten to the words of the
 * Alphabetic Index entry a coder looks up for them ("NSCLC" to "non-small cell lung cancer", "POAG" to "primary
 * open-angle glaucoma", "SIBO" to "small intestinal bacterial overgrowth"). Each expansion is index wording, never
 * a code: the index, the Neoplasm table and the Tabular List still decide the code (Guideline I.B.1).
 *
 * <p>Registered into {@link Abbreviations} before its core list, so a longer, context-bearing form wins over a
 * shorter one: "CVA tenderness" is costovertebral angle tenderness (R39.85-), not a stroke; "AMA" beside
 * "multigravida"/"primigravida" is advanced maternal age (the index's "elderly" multigravida/primigravida, O09.5-),
 * while "AMA" alone is left as written (it also means "against medical advice"). Ambiguous short forms with no
 * context to decide them (ED, PD, CP, MS, CAP, AK, DME, ALL, SI, BPD) are not listed.
 */
final class ProblemListShorthand {

    /** Sites of "SITE ca" and "SITE cancer screening", in the Neoplasm table's / "Screening, neoplasm" words. */
    private static final String[][] CANCER_SITES = {{"lung", "lung"}, {"breast", "breast"}, {"colon", "colon"},
        {"colorectal", "colon"}, {"prostate", "prostate"}, {"cervical", "cervix"}, {"skin", "skin"},
        {"bladder", "bladder"}, {"rectal", "rectum"}, {"stomach", "stomach"}, {"oral", "oral cavity"}};
    /** Vaccines named in "X shot", "X vaccine": all are "Vaccination, encounter for" (Z23, Guideline I.C.21.c.2). */
    private static final String[] VACCINES = {"flu", "influenza", "covid", "covid-19", "pneumococcal", "pneumonia",
        "tetanus", "tdap", "td", "shingles", "zoster", "shingrix", "hpv", "hepatitis a", "hepatitis b", "mmr",
        "rsv", "varicella", "meningococcal"};
    private static final String[] VACCINE_WORDS = {"shots", "shot", "vaccines", "vaccine", "vaccinations",
        "vaccination", "immunizations", "immunization", "booster"};

    private ProblemListShorthand() {
    }

    /**
     * Adds the forms that carry their own context ("CVA tenderness", "AMA multigravida", "flu shot", "IBS-D"):
     * registered before {@link Abbreviations}' core list so that they win over its shorter forms ("cva", "ibs").
     */
    static void registerFirst(BiConsumer<String, String> put) {
        contextual(put);
        encounters(put);
    }

    /**
     * Adds the plain short forms (regex of the written form, index wording), after {@link Shorthand}, so that its
     * longer forms ("flu a": influenza due to identified influenza virus) win over "flu".
     */
    static void register(BiConsumer<String, String> put) {
        neoplasms(put);
        eyeAndVessels(put);
        organs(put);
        mindAndNerves(put);
        put.accept("flu", "influenza");
    }

    /** Short forms whose meaning the next words decide: the longer form is tried first. */
    private static void contextual(BiConsumer<String, String> put) {
        // Costovertebral (angle) tenderness R39.85- (FY2024): "CVA" before "tenderness" is the angle, not a stroke.
        put.accept("cva tenderness|cvat|cva angle tenderness|costovertebral tenderness",
                "costovertebral angle tenderness");
        // Pregnancy, supervision, elderly mother, multigravida / primigravida (O09.52- / O09.51-): advanced maternal
        // age is the index's "elderly"; "AMA" alone (against medical advice) is left alone.
        put.accept("ama multigravida|ama, multigravida|advanced maternal age multigravida"
                + "|advanced maternal age, multigravida|multigravida of advanced maternal age|multigravida with ama"
                + "|multigravida with advanced maternal age", "elderly multigravida");
        put.accept("ama primigravida|ama, primigravida|advanced maternal age primigravida"
                + "|advanced maternal age, primigravida|primigravida of advanced maternal age|primigravida with ama"
                + "|primigravida with advanced maternal age", "elderly primigravida");
        // A knee cap is the patella. "CAP" alone is not listed: it is also a capsule ("1 cap daily").
        put.accept("knee cap|kneecap", "patella");
        // Age-related macular degeneration: "wet" is exudative (H35.32-), "dry" nonexudative (H35.31-).
        put.accept("wet amd|wet armd|wet age-related macular degeneration|wet macular degeneration",
                "exudative age-related macular degeneration");
        put.accept("dry amd|dry armd|dry age-related macular degeneration|dry macular degeneration",
                "nonexudative age-related macular degeneration");
        put.accept("amd|armd", "age-related macular degeneration");
        // Irritable bowel syndrome by predominant stool (K58.0 with diarrhea, K58.1 with constipation).
        put.accept("ibs-d|ibs d", "irritable bowel syndrome with diarrhea");
        put.accept("ibs-c|ibs c", "irritable bowel syndrome with constipation");
        put.accept("n/v/d|n/v/diarrhea", "nausea with vomiting and diarrhea");
        // Multiple sclerosis by course (G35.-) and "rheumatic MS" (mitral stenosis, I05.0); "MS" alone is not listed
        // (milliseconds in "QTc 480 ms", mitral stenosis, morphine sulfate).
        put.accept("rheumatic ms", "rheumatic mitral stenosis");
        put.accept("rrms", "relapsing-remitting multiple sclerosis");
        put.accept("spms", "secondary progressive multiple sclerosis");
        put.accept("ppms", "primary progressive multiple sclerosis");
        put.accept("ms contin", "morphine");
        // Rheumatoid factor and anti-citrullinated protein antibody found positive are the tabular's "abnormal"
        // findings (M05.A with rheumatoid arthritis, R76.81 without; FY2025).
        put.accept("rf", "rheumatoid factor");
        put.accept("anti-ccp antibody|anti-ccp antibodies|anti-ccp|anti ccp|acpa",
                "anti-citrullinated protein antibody");
        // IgA is immunoglobulin A, the FY2024 titles' word (N02.B- "... immunoglobulin A nephropathy ...").
        put.accept("iga", "iga immunoglobulin a");
        // Family history as written ("FHx of colon cancer").
        put.accept("fhx|fh/o|fh of|fam hx|fam history", "family history of");
    }

    /** Neoplasms by morphology (Index: Carcinoma, ...; Leukemia, ...; Lymphoma, ...; Neoplasm table by site). */
    private static void neoplasms(BiConsumer<String, String> put) {
        put.accept("nsclc", "non-small cell lung cancer");
        put.accept("sclc", "small cell lung cancer");
        put.accept("bcc", "basal cell carcinoma");
        put.accept("scc", "squamous cell carcinoma");
        put.accept("hcc", "hepatocellular carcinoma");
        put.accept("rcc", "renal cell carcinoma");
        put.accept("cml", "chronic myelogenous leukemia");
        put.accept("aml", "acute myeloid leukemia");
        put.accept("dlbcl", "diffuse large b-cell lymphoma");
        put.accept("mgus", "monoclonal gammopathy of undetermined significance");
        // WHO 2016 names of the Tabular's refractory anemias: MDS with excess blasts-1/-2 is RAEB 1/2 (Index:
        // Anemia, refractory, with excess of blasts, 1 (RAEB 1) D46.21, 2 (RAEB 2) D46.22).
        for (String n : new String[] {"1", "2"}) {
            put.accept(String.join("|", "mds-eb-" + n, "mds-eb" + n, "mds with excess blasts-" + n,
                    "mds with excess blasts " + n, "myelodysplastic syndrome with excess blasts-" + n,
                    "myelodysplastic syndrome with excess blasts " + n), "refractory anemia with excess of blasts " + n);
        }
        put.accept("mds", "myelodysplastic syndrome");
        // B-lymphoblastic leukemia is acute lymphoblastic leukemia (Index: Leukemia, acute lymphoblastic C91.0-).
        put.accept("b-all|pre-b all|pre-b-cell all|b-cell all", "b-cell acute lymphoblastic leukemia");
        // CIN graded in Arabic numerals: Index "Neoplasia, intraepithelial, cervix, grade I/II/III" (N87.0, N87.1, D06.9).
        put.accept("cin 3|cin-3|cin3|cin iii|cin-iii", "cervical intraepithelial neoplasia grade iii");
        put.accept("cin 2|cin-2|cin2|cin ii|cin-ii", "cervical intraepithelial neoplasia grade ii");
        put.accept("cin 1|cin-1|cin1|cin i|cin-i", "cervical intraepithelial neoplasia grade i");
        put.accept("mets|metastatic disease to", "metastases");
        put.accept("ca of", "cancer of");
        for (String[] site : CANCER_SITES) {
            put.accept(site[0] + " ca", site[0] + " cancer");
        }
    }

    /** Eye, heart and vessels (Index: Glaucoma, open angle, primary; Aneurysm, aorta, abdominal; ...). */
    private static void eyeAndVessels(BiConsumer<String, String> put) {
        put.accept("poag", "primary open-angle glaucoma");
        put.accept("pacg", "primary angle-closure glaucoma");
        put.accept("npdr", "nonproliferative diabetic retinopathy");
        put.accept("pdr", "proliferative diabetic retinopathy");
        // Retinal vascular occlusions by vessel (Index: Occlusion, retina, vein, central / tributary (branch) H34.81-,
        // H34.83-; artery, central / branch H34.1-, H34.23-).
        put.accept("crvo", "central retinal vein occlusion");
        put.accept("brvo", "branch retinal vein occlusion");
        put.accept("crao", "central retinal artery occlusion");
        put.accept("brao", "branch retinal artery occlusion");
        // Oculus uterque: both eyes, the tabular's "bilateral".
        put.accept("ou", "bilateral");
        put.accept("aaa", "abdominal aortic aneurysm");
        put.accept("taa", "thoracic aortic aneurysm");
        put.accept("lvh", "left ventricular hypertrophy");
        put.accept("mvp", "mitral valve prolapse");
        put.accept("sss", "sick sinus syndrome");
        put.accept("paf", "paroxysmal atrial fibrillation");
        put.accept("wpw syndrome|wpw", "wolff-parkinson-white syndrome");
        // Index: Fibrillation, atrial, persistent, longstanding (I48.11), spelled as one word.
        put.accept("long-standing|long standing", "longstanding");
        put.accept("chb", "complete heart block");
        put.accept("acs", "acute coronary syndrome");
        put.accept("hocm", "hypertrophic obstructive cardiomyopathy");
        put.accept("cvi", "chronic venous insufficiency");
        put.accept("ashd|ascvd", "atherosclerotic heart disease");
        put.accept("sah", "subarachnoid hemorrhage");
        put.accept("ich", "intracerebral hemorrhage");
        // Extremities as notes abbreviate them ("LLE cellulitis"): the index's "lower limb" / "upper limb".
        put.accept("lle", "left lower limb");
        put.accept("rle", "right lower limb");
        put.accept("lue", "left upper limb");
        put.accept("rue", "right upper limb");
        put.accept("ble", "bilateral lower limbs");
    }

    /** Lungs, digestive, urinary, genital, blood, metabolic and skin. */
    private static void organs(BiConsumer<String, String> put) {
        put.accept("ild", "interstitial lung disease");
        put.accept("ipf", "idiopathic pulmonary fibrosis");
        put.accept("ards", "acute respiratory distress syndrome");
        put.accept("ohs", "obesity hypoventilation syndrome");
        put.accept("vap", "ventilator associated pneumonia");
        put.accept("aecopd", "chronic obstructive pulmonary disease with acute exacerbation");
        put.accept("sibo", "small intestinal bacterial overgrowth");
        put.accept("ugib|upper gi bleed|upper gi bleeding", "upper gastrointestinal hemorrhage");
        put.accept("lgib|lower gi bleed|lower gi bleeding", "lower gastrointestinal hemorrhage");
        put.accept("gib|gi bleed|gi bleeding", "gastrointestinal hemorrhage");
        put.accept("brbpr", "rectal bleeding");
        put.accept("sbo", "small bowel obstruction");
        put.accept("pud", "peptic ulcer disease");
        put.accept("uc", "ulcerative colitis");
        put.accept("nafld", "nonalcoholic fatty liver disease");
        // Steatohepatitis (nonalcoholic) (NASH) K75.81, whose note asks for the hepatic fibrosis (K74.0-).
        put.accept("nash", "nonalcoholic steatohepatitis");
        put.accept("pbc", "primary biliary cholangitis");
        put.accept("oab", "overactive bladder");
        put.accept("sui", "stress incontinence");
        put.accept("pcos", "polycystic ovary syndrome");
        put.accept("pid", "pelvic inflammatory disease");
        put.accept("ida", "iron deficiency anemia");
        put.accept("itp", "immune thrombocytopenic purpura");
        put.accept("ttp", "thrombotic thrombocytopenic purpura");
        put.accept("dic", "disseminated intravascular coagulation");
        put.accept("dka", "diabetic ketoacidosis");
        put.accept("hhs|hhnk|hhns", "hyperosmolarity");
        // Prolonged, prolongation (of), QT interval R94.31; Retention, urine, drug-induced R33.0 when a cause follows
        // ("urinary retention" stays as written beside BPH: N40.1's note names "urinary retention (R33.8)").
        put.accept("qt prolongation|qtc prolongation|prolonged qtc", "prolonged qt interval");
        // Retention, urine, due to hyperplasia of prostate - see Hyperplasia, prostate: reached from the retention,
        // the "see" term's subterm "with lower urinary tract symptoms" N40.1 applies, whose note names "urinary
        // retention (R33.8)" (I.A.16, I.A.13); written as the index's own "BPH with urinary retention".
        put.accept("urinary retention (?:due to|from|secondary to|caused by|because of) (?:bph|benign prostatic"
                + " (?:hyperplasia|hypertrophy|enlargement)|enlarged prostate|prostatic (?:hyperplasia|hypertrophy"
                + "|enlargement))", "benign prostatic hyperplasia with urinary retention");
        for (String cause : new String[] {"due to", "from", "secondary to", "caused by", "after"}) {
            put.accept("urinary retention " + cause, "retention of urine " + cause);
        }
        put.accept("hefh", "heterozygous familial hypercholesterolemia");
        put.accept("hlp", "hyperlipidemia");
        put.accept("vit", "vitamin");
        put.accept("def", "deficiency");
        put.accept("sk", "seborrheic keratosis");
        put.accept("hcv", "hepatitis c");
        put.accept("hbv", "hepatitis b");
        put.accept("ebv", "epstein-barr virus");
        put.accept("cmv", "cytomegalovirus");
        put.accept("hsv", "herpes simplex");
        put.accept("rsv", "respiratory syncytial virus");
        put.accept("aom", "acute otitis media");
        put.accept("ome", "otitis media with effusion");
        // "OM" is otitis media only where the ear is in view (it also abbreviates osteomyelitis): after a kind
        // the index lists under "Otitis, media" (serous, mucoid ...), or before an ear or its side.
        for (String kind : List.of("serous", "mucoid", "suppurative", "nonsuppurative", "secretory", "purulent",
                "allergic", "catarrhal", "exudative", "recurrent")) {
            put.accept(kind + " om", kind + " otitis media");
        }
        for (String side : List.of("left ", "right ", "bilateral ", "")) {
            for (String sep : List.of(" ", ", ", " of the ", " of ", " in the ", " in ")) {
                put.accept("om" + sep + side + "ear", "otitis media" + sep + side + "ear");
            }
        }
        put.accept("pmr", "polymyalgia rheumatica");
        put.accept("ddd", "degenerative disc disease");
        put.accept("lbp", "low back pain");
        put.accept("ftt", "failure to thrive");
        put.accept("ams", "altered mental status");
    }

    /** Nervous system and mental and behavioural disorders. */
    private static void mindAndNerves(BiConsumer<String, String> put) {
        put.accept("als", "amyotrophic lateral sclerosis");
        put.accept("rls", "restless legs syndrome");
        put.accept("mci", "mild cognitive impairment");
        put.accept("cts", "carpal tunnel syndrome");
        put.accept("nph", "normal pressure hydrocephalus");
        put.accept("h/a", "headache");
        put.accept("d/o", "disorder");
        put.accept("ocd", "obsessive-compulsive disorder");
        put.accept("aud", "alcohol use disorder");
        put.accept("oud", "opioid use disorder");
        put.accept("etoh", "alcohol");
    }

    /**
     * Encounters: vaccinations ("flu shot": Vaccination, encounter for, Z23, I.C.21.c.2) and cancer screening
     * ("LDCT", "lung cancer screening": Screening, neoplasm, lung, Z12.2, I.C.21.c.5).
     */
    private static void encounters(BiConsumer<String, String> put) {
        StringBuilder vaccine = new StringBuilder();
        for (String v : VACCINES) {
            for (String w : VACCINE_WORDS) {
                vaccine.append(vaccine.length() == 0 ? "" : "|").append(v).append(' ').append(w);
            }
        }
        put.accept(vaccine.toString(), "vaccination encounter");
        put.accept("ldct", "low-dose computed tomography");
        for (String[] site : CANCER_SITES) {
            put.accept(site[0] + " cancer screening|screening for " + site[0] + " cancer|" + site[0]
                    + " ca screening", "screening for malignant neoplasm of " + site[1]);
        }
    }
}

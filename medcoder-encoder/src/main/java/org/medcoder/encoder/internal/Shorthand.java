package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;

/**
 * Clinicians' shorthand beyond {@link Abbreviations}' core list, rewritten to the Alphabetic Index's own words:
 * abbreviations of conditions, organisms and findings as written in assessments ("SVT", "LBBB", "C. diff",
 * "H. pylori", "s/p CABG"), "both eyes" for the tabular's "bilateral", and "history of" read as the index's
 * "History, personal (of)".
 */
final class Shorthand {

    /**
     * "both" before a plural noun (one or two words, the last ending in "s" or the irregular "feet"/"teeth", no
     * "and"/"or" among them): the paired parts of that noun, the classification's "bilateral" (I.B.13; the
     * laterality axis of the Tabular titles): "both eyes", "both lacrimal glands", "both orbits", "both feet".
     * "Both asthma and allergies" names two conditions and is left alone.
     */
    private static final String BOTH_PARTS = "both(?=\\s+(?:(?!(?:and|or)\\b)[a-z]+\\s+){0,2}"
            + "(?:[a-z]{2,}s|feet|teeth)\\b(?!\\s+(?:and|or)\\b))";

    /**
     * Verb phrases of being unable to pay; with a {@link #UTILITY} noun they state Z59.861 "Financial insecurity,
     * difficulty paying for utilities" whatever the wording.
     */
    private static final String[] CANNOT_PAY = {"unable to pay", "not able to pay", "difficulty paying",
        "difficulties paying", "trouble paying", "problems paying", "struggling to pay", "struggles to pay",
        "can't pay", "cannot pay", "can't afford", "cannot afford", "can not afford", "unable to afford"};

    /** A utility (or its bill) after a {@link #CANNOT_PAY} verb phrase: "for the electric bill", "utilities". */
    private static final String UTILITY = "(?:\\s+for)?(?:\\s+(?:the|my|his|her|their|our))?\\s+"
            + "(?:utilit(?:y|ies)|electric(?:ity)?|gas|water|heat(?:ing)?|power)(?:\\s+(?:bills?|company))?";

    private Shorthand() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        conditions(put);
        organisms(put);
        examinations(put);
        screeningAndProphylaxis(put);
        contraception(put);
        financialInsecurity(put);
        // "Legs" is too short for the stemming: after "bilateral" the index's singular is added ("Arteriosclerosis,
        // extremities, leg, bilateral" I70.213), the plural kept for the tabular's "bilateral legs" titles. (Eyes
        // and ears are not: their singular meets the tabular's "unspecified eye" titles.)
        put.accept("both legs|bilateral legs", "bilateral legs leg");
        put.accept(BOTH_PARTS, "bilateral");
    }

    /**
     * Conditions in the index's words: Tachycardia, supraventricular; Block, bundle-branch, left; Block,
     * atrioventricular, first degree; Lupus, erythematosus, systemic; Leukemia, chronic lymphocytic, of B-cell type;
     * Tuberculosis, latent; Hyperplasia, prostate, with lower urinary tract symptoms (LUTS).
     */
    private static void conditions(BiConsumer<String, String> put) {
        put.accept("psvt", "paroxysmal supraventricular tachycardia");
        put.accept("svt", "supraventricular tachycardia");
        put.accept("lbbb", "left bundle-branch block");
        put.accept("rbbb", "right bundle-branch block");
        put.accept("av block|a-v block", "atrioventricular block");
        put.accept("sle", "systemic lupus erythematosus");
        put.accept("cll", "chronic lymphocytic leukemia");
        // A former smoker's history: History, personal, tobacco dependence Z87.891 (I.C.21.c.4). Only wordings of a
        // past habit: "counseled to quit smoking" is a current smoker (F17.2-); "history of smoking" is the habit's
        // history as "history of" is any condition's, "smoking history" (often with pack-years) is not.
        put.accept("former smoker|former cigarette smoker|former tobacco smoker|ex-smoker|ex smoker|exsmoker"
                + "|past smoker|previous smoker|former tobacco user|history of smoking|history of cigarette smoking"
                + "|history of tobacco smoking", "history of tobacco dependence");
        put.accept("ltbi|latent tb infection|latent tuberculosis infection|latent tuberculous infection"
                + "|latent tb", "latent tuberculosis");
        put.accept("tb", "tuberculosis");
        put.accept("luts", "lower urinary tract symptoms");
        put.accept("psa", "prostate specific antigen");
        // Breast carcinoma in situ by type (Index: Carcinoma, intraductal (noninfiltrating), breast D05.1-; the
        // tabular's D05.0 "Lobular carcinoma in situ"): DCIS is the index's intraductal carcinoma.
        put.accept("dcis|ductal carcinoma in situ", "intraductal carcinoma in situ");
        put.accept("lcis", "lobular carcinoma in situ");
        // A surgical site infection is an infection of the operation wound (Index: Infection, postoperative wound,
        // surgical site, superficial incisional T81.41; I.C.19.g): the index's wording, the site type kept.
        put.accept("surgical site infection|ssi", "postoperative wound infection of surgical site");
        // Status (post), aortocoronary bypass Z95.1.
        put.accept("cabg", "aortocoronary bypass");
        put.accept("s/p|status-post", "status post");
    }

    /**
     * Organisms as the B95-B97 entries name them ("strep throat" is {@link ConventionShorthand}'s, registered
     * first), and influenza by the virus identified.
     */
    private static void organisms(BiConsumer<String, String> put) {
        put.accept("strep", "streptococcus");
        put.accept("staph", "staphylococcus");
        put.accept("c\\.?\\s*diff|c\\.?\\s*difficile", "clostridium difficile");
        // The organism's current name; the index still uses the former one ("Colitis, Clostridium difficile").
        put.accept("clostridioides", "clostridium");
        put.accept("h\\.?\\s*pylori", "helicobacter pylori");
        // Influenza A or B is influenza due to an identified influenza virus (J10.-, I.C.10.c): "Influenza, due to,
        // identified influenza virus NEC"; novel influenza A keeps its own path (J09.X-).
        put.accept("novel influenza a virus|novel influenza a", "influenza due to identified novel influenza a virus");
        put.accept("influenza type a virus|influenza type b virus|influenza a virus|influenza b virus|influenza type a"
                + "|influenza type b|influenza a|influenza b|flu a|flu b", "influenza due to identified influenza virus");
    }

    /**
     * Encounters for examinations (I.C.21.c.13) in the index's words: Examination, child (over 28 days old);
     * Examination, annual (adult) (physical).
     */
    private static void examinations(BiConsumer<String, String> put) {
        put.accept("well[- ]child (?:visit|check|checkup|exam|examination)", "routine child health examination");
        put.accept("annual physical exam|annual physical examination|routine physical exam|physical exam"
                + "|annual physical|annual wellness exam|wellness exam", "annual physical examination");
        // "Physical" as a noun is the physical examination: a routine or yearly one is the index's "Examination,
        // annual (adult) (periodic) (physical)" Z00.0-; a sports or pre-participation one "Examination, medical,
        // participation in sport" Z02.5 (I.C.21.c.12, routine and administrative examinations).
        put.accept("pre-?participation sports? physical(?: exam| examination)?|sports? physical(?: exam| examination)?"
                + "|pre-?participation physical(?: exam| examination)?", "examination for participation in sport");
        put.accept("(?:routine|yearly|periodic|preventive) (?:adult )?physical(?! exam| therapy| abuse| activity)"
                + "|adult physical(?! exam| therapy| abuse| activity)", "annual physical examination");
        put.accept("exam", "examination");
        put.accept("no abnormal findings|normal findings", "without abnormal findings");
    }

    /**
     * Screening and prophylaxis (I.C.21.c.12, c.5): Screening, neoplasm, breast, routine mammogram; Screening,
     * disease or disorder, nutritional, metabolic, lipoid disorders Z13.220 (screening next to a lipid word, in
     * either order); "HIV pre-exposure prophylaxis" is the title of Z29.81 (added in FY2024).
     */
    private static void screeningAndProphylaxis(BiConsumer<String, String> put) {
        // A finding "on screening mammogram" is the abnormal finding of the imaging the statement reports (R92.-,
        // I.C.18); the mammogram is where it was seen, not an encounter for screening the statement states (I.C.21.c.5
        // codes a condition found at a screening as the condition).
        put.accept("(?:on|at|from|during|per|by) (?:a |the |her |his )?(?:screening mammogram|screening mammography)",
                "on mammogram");
        put.accept("screening mammogram|screening mammography|mammogram screening|routine mammogram",
                "screening for malignant neoplasm of breast routine mammogram");
        String lipid = "(?:lipids?|lipid (?:panel|profile)|(?:hyper|dys)lipidemia|cholesterol)";
        put.accept("screening(?:\\s+for)?\\s+" + lipid, "screening for lipoid disorders");
        put.accept("lipid(?:s|\\s+panel|\\s+profile)?\\s+screening", "screening for lipoid disorders");
        put.accept("pre-exposure prophylaxis for hiv|pre-exposure prophylaxis against hiv|hiv pre-exposure prophylaxis"
                + "|pre-exposure prophylaxis|hiv prep|prep for hiv", "encounter for hiv pre-exposure prophylaxis");
    }

    /**
     * Contraceptive management (I.C.21.c.11, Z30): only the abbreviation is written out; the index's own subterms
     * of "Intrauterine contraceptive device" (insertion, removal, checking, reinsertion) do the rest.
     */
    private static void contraception(BiConsumer<String, String> put) {
        put.accept("iud|intrauterine device", "intrauterine contraceptive device");
        put.accept("birth control pills|oral contraceptive pills|oral contraceptives|ocps|ocp",
                "contraceptive pills");
    }

    /**
     * Financial insecurity (Z59.86, FY2023 "Insecurity, financial"): its child Z59.861 "... difficulty paying for
     * utilities" (added FY2025) by its title words, for any {@link #CANNOT_PAY} verb phrase with a {@link #UTILITY}.
     */
    private static void financialInsecurity(BiConsumer<String, String> put) {
        for (String verb : CANNOT_PAY) {
            put.accept(verb.replace(" ", "\\s+") + UTILITY, "financial insecurity difficulty paying for utilities");
        }
    }

    private static final java.util.regex.Pattern JOINT_AFTERCARE = java.util.regex.Pattern.compile(
            "aftercare (?:following|after|for) ((?:left |right |bilateral )?)(?:total |partial )?"
            + "(hip|knee|shoulder|elbow|wrist|ankle) (?:joint )?(?:replacement|arthroplasty)(?: surgery)?");

    /**
     * {@link FoodAllergyStatus}, {@link PrenatalWording}, {@link HighRiskSupervision}, {@link SideWording#rewrite},
     * {@link HandDominance},
     * {@link ContralateralHearing}, {@link #personalHistory}, {@link #jointAftercare}, the trimester of stated weeks
     * ({@link Gestation}) and
     * {@link InjuryWording}, then {@link ChoiceWording}.
     */
    static String rewrite(String expanded) {
        String sided = SideWording.rewrite(HighRiskSupervision.rewrite(PrenatalWording.rewrite(
                FoodAllergyStatus.rewrite(expanded))));
        return ChoiceWording.rewrite(InjuryWording.rewrite(ReadingWording.rewrite(Gestation.withTrimester(
                personalHistory(ContralateralHearing.rewrite(HandDominance.rewrite(
                        StatusWording.oldStrokeDeficit(jointAftercare(sided)))))))));
    }

    /**
     * "Aftercare following left knee replacement" in the index's words: Aftercare, following surgery, joint
     * replacement (Z47.1), whose "use additional code to identify the joint (Z96.6-)" note finds the joint in
     * "presence of left knee joint implant" (I.C.21.c.7: aftercare codes with the status code of the joint).
     */
    static String jointAftercare(String expanded) {
        return expanded.contains("aftercare") ? JOINT_AFTERCARE.matcher(expanded)
                .replaceFirst("aftercare following surgery for joint replacement, presence of $1$2 joint implant")
                : expanded;
    }

    /**
     * "History of X" without "family" is the patient's own history: the index has it under "History, personal (of)"
     * (and "History, family (of)" for relatives), so the subterm the statement implies is written out.
     */
    static String personalHistory(String expanded) {
        int at = expanded.indexOf("history");
        if (at < 0 || expanded.contains("family")) {
            return expanded;
        }
        String t = expanded.contains("personal") ? expanded : expanded.substring(0, at) + "personal " + expanded.substring(at);
        // A history of TIA or cerebral infarction is one without residual deficits (those are I69 sequelae):
        // History, personal, transient ischemic attack (TIA) without residual deficits Z86.73 (I.C.9.d.3).
        Matcher m = t.contains("residual") ? null : CEREBRAL_HISTORY.matcher(t);
        return m != null && m.find() ? t.substring(0, m.end()) + " without residual deficits" + t.substring(m.end()) : t;
    }

    private static final java.util.regex.Pattern CEREBRAL_HISTORY = java.util.regex.Pattern.compile(
            "\\bhistory of (?:transient ischemic attack|cerebral infarction)\\b");
}

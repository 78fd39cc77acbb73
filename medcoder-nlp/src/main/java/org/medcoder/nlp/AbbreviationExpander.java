package org.medcoder.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 4: replaces clinical abbreviations by the words they stand for ("HTN" → "hypertension"); every
 * expansion token keeps the abbreviation's span, so evidence still points at what the clinician wrote.
 * Short ambiguous forms are expanded only when written in capitals ("PE", not "pe").
 */
public final class AbbreviationExpander {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("htn", "hypertension"), Map.entry("dm", "diabetes mellitus"),
            Map.entry("t2dm", "type 2 diabetes mellitus"), Map.entry("t1dm", "type 1 diabetes mellitus"),
            Map.entry("copd", "chronic obstructive pulmonary disease"), Map.entry("chf", "congestive heart failure"),
            Map.entry("cad", "coronary artery disease"), Map.entry("ckd", "chronic kidney disease"),
            Map.entry("aki", "acute kidney injury"), Map.entry("arf", "acute renal failure"),
            Map.entry("mi", "myocardial infarction"), Map.entry("ami", "acute myocardial infarction"),
            Map.entry("uti", "urinary tract infection"), Map.entry("gerd", "gastroesophageal reflux disease"),
            Map.entry("afib", "atrial fibrillation"), Map.entry("af", "atrial fibrillation"),
            Map.entry("dvt", "deep vein thrombosis"), Map.entry("pe", "pulmonary embolism"),
            Map.entry("cva", "cerebrovascular accident"), Map.entry("tia", "transient ischemic attack"),
            Map.entry("sob", "shortness of breath"), Map.entry("cp", "chest pain"),
            Map.entry("hiv", "human immunodeficiency virus"), Map.entry("aids", "acquired immunodeficiency syndrome"),
            Map.entry("hcv", "hepatitis c"), Map.entry("hbv", "hepatitis b"), Map.entry("tb", "tuberculosis"),
            Map.entry("ca", "carcinoma"), Map.entry("nsclc", "non small cell lung cancer"),
            Map.entry("sle", "systemic lupus erythematosus"), Map.entry("ra", "rheumatoid arthritis"),
            Map.entry("osa", "obstructive sleep apnea"), Map.entry("bph", "benign prostatic hyperplasia"),
            Map.entry("ards", "acute respiratory distress syndrome"), Map.entry("ct", "computed tomography"),
            Map.entry("mri", "magnetic resonance imaging"), Map.entry("ecg", "electrocardiogram"),
            Map.entry("ekg", "electrocardiogram"), Map.entry("hx", "history"), Map.entry("h/o", "history of"),
            Map.entry("fhx", "family history"), Map.entry("s/p", "status post"), Map.entry("r/o", "rule out"),
            Map.entry("w/o", "without"), Map.entry("pt", "patient"), Map.entry("yo", "year old"));

    /** Tokens whose surface is only lower case and which are still expanded (unambiguous forms). */
    private static final java.util.Set<String> ANY_CASE = java.util.Set.of("htn", "copd", "chf", "gerd", "afib",
            "hx", "h/o", "fhx", "s/p", "r/o", "w/o", "t2dm", "t1dm", "nsclc", "dvt", "uti", "ckd", "aki", "ards");

    /** The longest abbreviation: a longer token is no abbreviation, and is not hashed to find out. */
    private static final int LONGEST = ABBREVIATIONS.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** The tokens with abbreviations replaced by their expansions. */
    public List<Token> expand(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (Token t : tokens) {
            String expansion = t.term().length() > LONGEST ? null : ABBREVIATIONS.get(t.term());
            if (expansion == null || !(ANY_CASE.contains(t.term()) || isUpper(text, t))) {
                out.add(t);
                continue;
            }
            for (String word : expansion.split(" ")) {
                out.add(new Token(t.span(), word, t.sentence(), true));
            }
        }
        return out;
    }

    private static boolean isUpper(String text, Token t) {
        for (int i = t.span().start(); i < t.span().end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

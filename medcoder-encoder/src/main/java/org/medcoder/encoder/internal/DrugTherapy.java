package org.medcoder.encoder.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drugs a patient is stated to be on, in the words of the Alphabetic Index's "Long-term (current) (prophylactic) drug
 * therapy (use of)" subterms (the class the index names: "anticoagulants", "oral, hypoglycemic", "steroids,
 * inhaled" ...), or of "Dependence (on)" for oxygen and dialysis. The index names drug classes, a record names the
 * drug ("warfarin", "apixaban"): this is the coder's knowledge of which class a common drug belongs to. Category
 * Z79 is for a prescribed drug in continuous use (Guideline I.C.21.c.3, Z79), Z99 for dependence on a machine or
 * device (I.C.21.c.3).
 */
final class DrugTherapy {

    private static final Map<String, String> CLASS_OF = new HashMap<>();
    /** Oxygen, with the flow a physician writes before or after it ("2 L home oxygen", "home O2 at 3 liters"). */
    private static final Pattern OXYGEN = Pattern.compile("(?:\\d+ ?(?:l|lpm|liters?|l/min) (?:of )?)?"
            + "(?:home |supplemental |continuous |nocturnal )*(?:o2|oxygen)(?: therapy)?"
            + "(?: (?:at )?\\d+ ?(?:l|lpm|liters?|l/min))?");
    private static final Pattern DIALYSIS = Pattern.compile("(?:hemo|peritoneal |renal )?dialysis");
    private static final Pattern STEROIDS = Pattern.compile("(?:oral |inhaled |systemic )?(?:cortico)?steroids?");
    private static final Pattern ORAL_ANTIDIABETIC =
            Pattern.compile("oral (?:hypoglycemic|antidiabetic)s?(?: drugs?| agents?| medications?)?");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9-]+");

    static {
        of("anticoagulants", "warfarin coumadin apixaban eliquis rivaroxaban xarelto dabigatran pradaxa edoxaban"
                + " enoxaparin lovenox heparin anticoagulant anticoagulants anticoagulation doac");
        of("antiplatelet", "clopidogrel plavix prasugrel ticagrelor brilinta antiplatelet antiplatelets");
        of("aspirin", "aspirin asa");
        of("insulin", "insulin");
        of("oral hypoglycemic", "metformin glipizide glyburide glimepiride sitagliptin pioglitazone empagliflozin"
                + " dapagliflozin canagliflozin hypoglycemics antidiabetics");
        of("antidiabetic drugs, injectable, non-insulin", "semaglutide liraglutide dulaglutide exenatide tirzepatide");
        of("steroids inhaled", "fluticasone budesonide beclomethasone mometasone");
        of("steroids systemic", "prednisone prednisolone methylprednisolone dexamethasone hydrocortisone");
        of("non-steroidal anti-inflammatories (nsaid)", "nsaid nsaids ibuprofen naproxen meloxicam celecoxib"
                + " diclofenac");
        of("opiate analgesic", "oxycodone hydrocodone morphine opioid opioids opiate opiates hydromorphone");
        of("antimetabolite agent", "methotrexate");
        of("bisphosphonates", "alendronate risedronate bisphosphonate bisphosphonates");
        of("tamoxifen", "tamoxifen");
        of("letrozole", "letrozole");
        of("anastrozole", "anastrozole");
        of("contraceptive, oral", "contraceptives contraceptive");
    }

    private DrugTherapy() {
    }

    private static void of(String indexWords, String drugs) {
        for (String d : drugs.split(" ")) {
            CLASS_OF.put(d, indexWords);
        }
    }

    /**
     * The index wording for one stated drug item ("warfarin", "inhaled steroids", "home oxygen"), or null when it is
     * not a drug or device the classification has a long-term use or dependence code for.
     */
    static String indexWords(String item) {
        String t = item.strip();
        if (OXYGEN.matcher(t).matches()) {
            return "dependence on supplemental oxygen";
        }
        if (DIALYSIS.matcher(t).matches()) {
            return "dependence on renal dialysis";
        }
        if (STEROIDS.matcher(t).matches()) {
            // "Steroids" alone has no code of its own in the index: inhaled or systemic must be stated.
            return t.startsWith("inhaled") ? "long-term drug therapy steroids inhaled"
                    : t.startsWith("oral") || t.startsWith("systemic") ? "long-term drug therapy steroids systemic" : null;
        }
        String cls = null;
        for (String w : NON_WORD.split(t)) {
            String c = CLASS_OF.get(w);
            if (c != null) {
                if (cls != null && !cls.equals(c)) {
                    return null;
                }
                cls = c;
            }
        }
        if (cls == null && ORAL_ANTIDIABETIC.matcher(t).matches()) {
            cls = "oral hypoglycemic";
        }
        return cls == null ? null : "long-term drug therapy " + cls;
    }
}

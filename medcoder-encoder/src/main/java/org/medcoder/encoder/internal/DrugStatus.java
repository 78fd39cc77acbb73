package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * A drug allergy stated as a status, with no reaction now ("allergic to sulfa drugs", "codeine allergy", "history of
 * penicillin allergy"): Z88.- by the drug's class, as the index lists it under "History, personal (of), allergy (to)"
 * (penicillin Z88.0, antibiotic agent NEC Z88.1, sulfonamides Z88.2, anti-infective agent NEC Z88.3, anesthetic Z88.4,
 * narcotic agent NEC Z88.5, analgesic agent NEC Z88.6, vaccine Z88.7, contrast media Z91.041). The class is read from
 * the drug's row in the Table of Drugs and Chemicals (its T36-T50 category), never from a list of drug names. A
 * reaction now (rash, anaphylaxis, "allergic reaction to", an encounter) is not a status and is left to the index
 * (Allergy, drug ... T78.40, or the adverse effect of the drug, I.C.19.e.5.a). Status codes: I.C.21.c.3.
 */
final class DrugStatus {

    private static final Pattern STATUS = Pattern.compile("^(?:(?:known|patient|pt|history of|h/o|hx of"
            + "|personal history of|has an?|has|reports?|with|documented)\\s+)*(?:(?:is\\s+)?(?:allergy|allergic"
            + "|allergies)(?:\\s+status)?\\s+to\\s+(.+?)|(.+?)\\s+(?:allergy|allergies)(?:\\s+status)?)\\s*$");
    private static final Pattern JOIN = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or|&)\\s+");
    /** Contrast media as an allergen ("iv contrast", "iodinated contrast", "contrast dye", "radiographic dye"). */
    private static final Pattern CONTRAST = Pattern.compile("(?:(?:iv|i\\.v\\.|intravenous|iodinated|iodine"
            + "|radiographic|radiologic|radiology|x-ray|ct)\\s+)*(?:contrast(?:\\s+(?:media|medium|dye|agents?))?"
            + "|radiocontrast(?:\\s+(?:media|medium|dye|agents?))?|dye)");
    private static final Pattern GENERIC = Pattern.compile("\\s+(?:drugs?|medications?|meds|medicines?)$");

    private final Tables tables;
    private final TabularWalker walker;
    private final Coding coding;
    private final CodeAdditions additions;
    private final Vocabulary vocabulary;
    private final Statement empty;

    DrugStatus(Tables tables, TabularWalker walker, Coding coding, CodeAdditions additions, Vocabulary vocabulary) {
        this.tables = tables;
        this.walker = walker;
        this.coding = coding;
        this.additions = additions;
        this.vocabulary = vocabulary;
        this.empty = Statement.analyse("", vocabulary);
    }

    /** The allergy status codes of a statement stating only drug allergies, else null. */
    EncodeResult encode(String statement, EncodeOptions options, String releaseName) {
        if (statement.indexOf("llerg") < 0) {
            return null;
        }
        String t = Lower.of(statement).strip();
        if (!t.contains("allerg") || t.contains("reaction")) {
            return null;
        }
        Matcher m = STATUS.matcher(t);
        if (!m.matches()) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>();
        for (String part : JOIN.split(m.group(1) != null ? m.group(1) : m.group(2))) {
            EncodedCode c = partCode(GENERIC.matcher(part.strip()).replaceFirst(""), options);
            if (c == null) {
                return null; // not a drug of T36-T50 (latex, food, insects: the index's own status entries)
            }
            codes.add(c.withStep("an allergy to a drug stated without a reaction now is an allergy status"
                    + " (I.C.21.c.3)", List.of("I.C.21.c.3")));
        }
        return codes.isEmpty() ? null : new EncodeResult(statement, Coding.dedupe(codes), List.<OpenQuestion>of(),
                List.of(), releaseName);
    }

    /**
     * The status code of one allergen: contrast media first (Index: "Allergy, contrast media" / "History, personal,
     * allergy, contrast media" Z91.041 Radiographic dye allergy status; the Drug table's contrast rows are T50.8-,
     * whose class would read as Z88.8), then the class of the drug's Drug-table row; null when not a drug.
     */
    private EncodedCode partCode(String part, EncodeOptions options) {
        String name = part.equals("sulfa") ? "sulfonamide" : part;
        if (CONTRAST.matcher(name).matches()) {
            return walker.complete("Z91.041", empty, options, -1L).map(r -> coding.coded(r,
                    "Allergy, contrast media -> Z91.041 (Radiographic dye allergy status)", List.of("I.C.21.c.3")))
                    .orElse(null);
        }
        Tables.Hit drug = name.isEmpty() || !additions.onlyDrug(name) ? null
                : tables.adverseEffect(Statement.analyse(name, vocabulary));
        String[] z = drug == null ? null : statusCode(drug.code().replace(".", ""), name);
        if (z == null) {
            return null;
        }
        return walker.complete(z[0], empty, options, -1L).map(r -> coding.coded(r,
                "History, personal (of), allergy (to), " + z[1] + " -> " + z[0] + " (the drug's class: "
                + Lookup.of(drug, "Table of Drugs and Chemicals").path + " -> " + drug.code() + ")",
                List.of("I.C.21.c.3"))).orElse(null);
    }

    /**
     * The status code and the index subterm for a drug's T36-T50 category; null for other substances. T40.6- (other
     * and unspecified narcotics, where "narcotic" and "opiates" land) is a narcotic agent too.
     */
    static String[] statusCode(String t, String name) {
        if (t.compareTo("T36") < 0 || t.compareTo("T51") >= 0) {
            return null;
        }
        if (t.startsWith("T36")) {
            return t.startsWith("T360") ? new String[] {"Z88.0", "penicillin"}
                    : new String[] {"Z88.1", "antibiotic agent NEC"};
        }
        if (t.startsWith("T370")) {
            return new String[] {"Z88.2", "sulfonamides"};
        }
        if (t.startsWith("T37") || t.startsWith("T38")) {
            return t.startsWith("T37") ? new String[] {"Z88.3", "anti-infective agent NEC"}
                    : new String[] {"Z88.8", "drugs, medicaments and biological substances, specified NEC"};
        }
        if (t.compareTo("T400") >= 0 && t.compareTo("T405") < 0 || t.startsWith("T406")) {
            return new String[] {"Z88.5", "narcotic agent NEC"};
        }
        if (t.startsWith("T39") || t.startsWith("T41")) {
            return t.startsWith("T39") ? new String[] {"Z88.6", "analgesic agent NEC"}
                    : new String[] {"Z88.4", "anesthetic"};
        }
        if (t.startsWith("T50A") || t.startsWith("T50B") || t.startsWith("T50Z")) {
            return new String[] {"Z88.7", "vaccine"};
        }
        if (t.startsWith("T508") && (name.contains("contrast") || name.contains("dye"))) {
            return new String[] {"Z91.041", "contrast media"};
        }
        return new String[] {"Z88.8", "drugs, medicaments and biological substances, specified NEC"};
    }
}

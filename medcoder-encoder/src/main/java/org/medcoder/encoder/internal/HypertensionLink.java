package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Hypertension stated beside other conditions whose index path left it uncoded: "T2DM, HTN and diabetic CKD stage
 * 3a" is E11.22 I12.9 N18.31, "hypertensive heart disease without heart failure, with paroxysmal AFib" is I11.9
 * I48.0. The classification presumes the links: hypertension with chronic kidney disease is I12.- even when the CKD
 * is also coded as diabetic (Guideline I.C.9.a.2), with heart failure I11.0 (I.C.9.a.1), with both I13.-
 * (I.C.9.a.3); hypertensive heart disease is I11.-, and hypertension with any other condition is I10 beside it
 * (I.C.9.a: hypertension is coded whenever documented). Runs only when the statement contains "hypertens".
 */
final class HypertensionLink {

    /** Words before "hypertension" that make it another condition (I27, K76.6, O13, R03.0 ...) or not current. */
    private static final Pattern NOT_ESSENTIAL = Pattern.compile("(?:pulmonary|portal|intracranial|ocular|venous|"
            + "gestational|pregnancy|pregnancy-induced|postpartum|white coat|secondary|renovascular|history of|hx of|"
            + "without|no|denies|rule out|r/o|family|postprocedural|idiopathic|intra-abdominal|labile|"
            + "elevated|neonatal|episcleral|benign intracranial)\\W*(?:\\w+\\W+){0,2}$");
    /** Words that may stand before a hypertension written first ("uncontrolled essential hypertension"). */
    private static final Pattern LEADING = Pattern.compile(
            "(?:\\s|essential|primary|benign|uncontrolled|chronic|poorly|controlled|malignant)*");
    private static final List<String> SECTIONS = List.of("I.C.9.a");

    private final TabularWalker walker;
    private final Coding coding;

    HypertensionLink(TabularWalker walker, Coding coding) {
        this.walker = walker;
        this.coding = coding;
    }

    /** {@code r} with the hypertension code the statement states and the codes do not yet report. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.expanded);
        int at = t.indexOf("hypertens");
        if (at < 0 || r.codes().isEmpty() || reported(r, t.indexOf("hypertens", at + 1) >= 0) || !essential(t)) {
            return r;
        }
        List<EncodedCode> codes = r.codes();
        int ckd = first(codes, "N18");
        int hf = first(codes, "I50");
        String code;
        String why;
        int pos;
        if (ckd >= 0) {
            boolean five = stageFive(codes);
            code = hf >= 0 ? (five ? "I13.2" : "I13.0") : (five ? "I12.0" : "I12.9");
            why = hf >= 0 ? "hypertension with heart failure and chronic kidney disease is presumed linked (I.C.9.a.3)"
                    : "hypertension with chronic kidney disease is presumed linked, also when the CKD is diabetic"
                    + " (I.C.9.a.2)";
            pos = hf >= 0 ? Math.min(ckd, hf) : ckd;
        } else if (hf >= 0) {
            code = "I11.0";
            why = "hypertension with heart failure is presumed linked (I.C.9.a.1)";
            pos = hf;
        } else {
            boolean heart = t.startsWith("heart disease", at + "hypertensive ".length())
                    && t.startsWith("hypertensive ", at);
            code = heart ? "I11.9" : "I10";
            why = heart ? "hypertensive heart disease stated, no heart failure (I.C.9.a.1)"
                    : "hypertension stated beside a condition it is not presumed to cause: coded too (I.C.9.a)";
            pos = written(t, at) ? 0 : beforeStatus(codes);
        }
        return walker.complete(code, s, options, -1L).map(w -> {
            List<EncodedCode> out = new ArrayList<>(codes);
            out.add(pos, coding.coded(w, "Hypertension stated in the statement: " + why, SECTIONS));
            return r.withCodes(coding.finish(out));
        }).orElse(r);
    }

    /**
     * Whether a code already reports a hypertension by its title. When "hypertension" is written twice, only a code
     * of the hypertensive diseases (I10-I16, I1A, O10-O16, I67.4, H35.03-) counts: "essential hypertension, pulmonary
     * hypertension" is I10 I27.20, both documented (I.C.9.a).
     */
    private static boolean reported(EncodeResult r, boolean twice) {
        for (EncodedCode c : r.codes()) {
            String v = c.code().value();
            boolean hypertensive = v.startsWith("I1") || v.compareTo("O10") >= 0 && v.compareTo("O17") < 0
                    || v.startsWith("I674") || v.startsWith("H3503");
            if (c.title().toLowerCase(Locale.ROOT).contains("hypertens") && (!twice || hypertensive)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some "hypertension" of the statement is the patient's current, essential one. */
    private static boolean essential(String t) {
        for (int at = t.indexOf("hypertens"); at >= 0; at = t.indexOf("hypertens", at + 1)) {
            if (!NOT_ESSENTIAL.matcher(t.substring(Math.max(0, at - 40), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement begins with the hypertension (then it is listed first, as written). */
    private static boolean written(String t, int at) {
        return LEADING.matcher(t.substring(0, at)).matches();
    }

    private static int first(List<EncodedCode> codes, String category) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().value().startsWith(category)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean stageFive(List<EncodedCode> codes) {
        return codes.stream().anyMatch(c -> c.code().value().equals("N185") || c.code().value().equals("N186"));
    }

    /** The position before the first status (Z) code: a hypertension is a condition, listed before them. */
    private static int beforeStatus(List<EncodedCode> codes) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().value().startsWith("Z")) {
                return i;
            }
        }
        return codes.size();
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Diabetes and chronic kidney disease stated together are linked (Index: Diabetes, with, chronic kidney disease
 * E11.22; Guideline I.A.15 "with": presumed causal unless the documentation says otherwise), also when the
 * statement's best index path went through the hypertension ("type 2 diabetes with CKD stage 3b and essential
 * hypertension" is E11.22 I12.9 N18.32: I.C.9.a.2 links the CKD to the hypertension as well). The diabetes code
 * (E1x.22, or its E1x.9 turned into E1x.22) precedes the hypertensive CKD and the stage (N18 "code first"
 * note). Runs only when the statement contains "diabet" and an N18 code is assigned.
 */
final class DiabeticKidney {

    /** Diabetes of another kind (E08, E09, E13, O24) or CKD caused by something else: not this rule's. */
    private static final Pattern OTHER = Pattern.compile("\\b(?:induced|due to underlying|secondary diabetes|"
            + "gestational|pregnan\\w*|insipidus|prediabet\\w*|without diabet\\w*|no diabet\\w*)\\b|"
            + "(?:kidney disease|ckd|esrd)[^,;]*\\bdue to\\b(?![^,;]*diabet)");
    private static final Pattern TYPE1 = Pattern.compile("\\btype (?:1|i)\\b");
    private static final List<String> SECTIONS = List.of("I.A.15", "I.C.4.a");

    private final TabularWalker walker;
    private final Coding coding;

    DiabeticKidney(TabularWalker walker, Coding coding) {
        this.walker = walker;
        this.coding = coding;
    }

    /** {@code r} with the diabetic CKD code the statement states. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.expanded);
        if (r.codes().isEmpty() || !t.contains("diabet")) {
            return r; // literal pre-check (hot path)
        }
        List<EncodedCode> codes = r.codes();
        int ckd = firstOf(codes, "N18");
        if (ckd < 0 || OTHER.matcher(t).find()) {
            return r;
        }
        int dm = firstOf(codes, "E1");
        String v = dm < 0 ? null : codes.get(dm).code().value();
        if (v != null && !(v.startsWith("E10") || v.startsWith("E11")) || v != null && !v.endsWith("9")) {
            return r; // a diabetes code with its own complication is the coder's index choice
        }
        String target = (v != null ? v.substring(0, 3) : TYPE1.matcher(t).find() ? "E10" : "E11") + ".22";
        List<EncodedCode> out = new ArrayList<>(codes);
        if (dm >= 0) {
            out.remove(dm);
        }
        int at = Math.min(firstOf(out, "I12") < 0 ? out.size() : firstOf(out, "I12"),
                Math.min(firstOf(out, "I13") < 0 ? out.size() : firstOf(out, "I13"), firstOf(out, "N18")));
        return walker.complete(target, s, options, -1L).map(w -> {
            out.add(at, coding.coded(w, "Diabetes, diabetic, with, chronic kidney disease -> " + target
                    + ": diabetes and CKD stated together are linked (\"with\", I.A.15); the CKD code follows"
                    + " (N18 code first note)", SECTIONS));
            return r.withCodes(coding.finish(out));
        }).orElse(r);
    }

    private static int firstOf(List<EncodedCode> codes, String prefix) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().value().startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A disorder resulting from impaired renal function stated with the chronic kidney disease causing it: "secondary
 * hyperparathyroidism of renal origin in ESRD, on hemodialysis" is N25.81 N18.6 Z99.2, "renal osteodystrophy, CKD
 * stage 4" N25.0 N18.4. Category N25 is the kidney disease's consequence (Index: Hyperparathyroidism, secondary
 * (renal) N25.81; Osteodystrophy, renal N25.0), and the CKD code is still needed for its stage (I.C.14.a). The
 * disorder is looked up alone (I.B.1) and listed where it is written. Runs only when the statement contains
 * "parathyroid" or "osteodystrophy" and an N18 code is assigned without an N25 code.
 */
final class RenalOrigin {

    private static final Pattern DISORDER = Pattern.compile(
            "[^,;]*?(?:hyperparathyroidism|osteodystrophy)[^,;]*?(?=\\s+(?:in|due to|secondary to|with|from|of)"
            + "\\s+(?:chronic kidney|ckd|esrd|end stage|stage)|[,;]|$)");
    private static final List<String> SECTIONS = List.of("I.B.1", "I.C.14.a");

    private final Engine engine;
    private final Coding coding;

    RenalOrigin(Engine engine, Coding coding) {
        this.engine = engine;
        this.coding = coding;
    }

    /** {@code r} with the N25 disorder the statement states beside its CKD. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.expanded);
        if (r.codes().isEmpty() || (!t.contains("parathyroid") && !t.contains("osteodystrophy"))) {
            return r; // literal pre-check (hot path)
        }
        List<EncodedCode> codes = r.codes();
        if (codes.stream().noneMatch(c -> c.code().value().startsWith("N18"))) {
            return r;
        }
        List<EncodedCode> out = new ArrayList<>(codes);
        // The codes that only the CKD clause explains (a hypertension guessed from "renal") are dropped: the link
        // I.C.9.a.2 presumes needs a hypertension the statement states.
        out.removeIf(c -> c.code().value().startsWith("I12") && !t.contains("hypertens"));
        if (codes.stream().anyMatch(c -> c.code().value().startsWith("N25") || c.code().value().startsWith("E21"))) {
            return out.size() == codes.size() ? r : r.withCodes(coding.finish(out));
        }
        Matcher m = DISORDER.matcher(t);
        if (!m.find()) {
            return r;
        }
        EncodeResult d = engine.encodePlain(m.group().strip(), options);
        if (d.codes().isEmpty() || !d.codes().get(0).code().value().startsWith("N25")) {
            return r;
        }
        int ckdWord = firstCkdWord(t);
        int at = ckdWord >= 0 && ckdWord < m.start() ? out.size() : 0;
        out.add(at, d.codes().get(0).withStep("stated with the chronic kidney disease it results from (N25):"
                + " both coded, the CKD for its stage", SECTIONS));
        return r.withCodes(coding.finish(out));
    }

    private static int firstCkdWord(String t) {
        int best = -1;
        for (String w : new String[] {"chronic kidney", "ckd", "esrd", "end stage renal"}) {
            int i = t.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A diabetic's non-pressure ulcer of the lower limb: the diabetes code "with foot ulcer" (E08-E13 .621) when the
 * ulcer's site is the heel, midfoot or another part of the foot (L97.4-, L97.5-, the sites that code's "use
 * additional code" note names), else "with other skin ulcer" (.622, note L97.1-L97.9, L98.41-L98.49), and the L97
 * code after it. The Index presumes the link ("Diabetes, with, foot ulcer / skin ulcer NEC", Guideline I.A.15
 * "with"), unless another cause is written (pressure, venous, stasis). The site comes from "Ulcer, lower limb, ..."
 * looked up with the words after "ulcer". Runs only when the statement contains "ulcer" and a code is E08-E13.
 */
final class DiabeticUlcer {

    private static final Pattern ULCER = Pattern.compile("\\bulcer(?:ation|s)?\\b(?: of)?(?: the)?([^,;]*)");
    private static final Pattern OTHER_CAUSE = Pattern.compile(
            "\\b(?:pressure|decubitus|venous|stasis|varicose|arterial|ischemic|atherosclero\\w*|unrelated)\\b");
    private static final List<String> SECTIONS = List.of("I.A.15", "I.C.4.a");

    private final Engine engine;
    private final TabularWalker walker;
    private final Coding coding;

    DiabeticUlcer(Engine engine, TabularWalker walker, Coding coding) {
        this.engine = engine;
        this.walker = walker;
        this.coding = coding;
    }

    /** {@code r} with the diabetes code moved to its ulcer code and the ulcer's site code after it. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = s.expanded.toLowerCase(Locale.ROOT);
        if (r.codes().isEmpty() || !t.contains("ulcer")) {
            return r; // literal pre-check (hot path)
        }
        int dm = diabetes(r.codes());
        if (dm < 0 || OTHER_CAUSE.matcher(t).find()) {
            return r;
        }
        EncodedCode d = r.codes().get(dm);
        String v = d.code().value();
        boolean plain = v.endsWith("9") && v.length() == 4;
        if (!plain && !v.endsWith("622") && !v.endsWith("621")) {
            return r;
        }
        EncodedCode site = site(t, r, options);
        if (site == null) {
            return r;
        }
        String sv = site.code().value();
        String target = v.substring(0, 3) + (sv.startsWith("L974") || sv.startsWith("L975") ? ".621" : ".622");
        List<EncodedCode> out = new ArrayList<>(r.codes());
        out.removeIf(c -> c.code().value().startsWith("L97") || c.code().value().startsWith("L984"));
        int at = out.indexOf(d);
        return walker.complete(target, s, options, -1L).map(w -> {
            out.set(at, coding.coded(w, d.trail().indexPath() + " -> the ulcer's site " + site.code().dotted()
                    + " is named by this code's note (Diabetes, with, foot ulcer / skin ulcer NEC)", SECTIONS));
            out.add(at + 1, site.withStep("use additional code note at " + target + ": site of ulcer", SECTIONS));
            return new EncodeResult(r.statement(), coding.finish(out), r.questions(), r.nearestTerms(),
                    r.release(), r.notes());
        }).orElse(r);
    }

    private static int diabetes(List<EncodedCode> codes) {
        for (int i = 0; i < codes.size(); i++) {
            String v = codes.get(i).code().value();
            if (v.startsWith("E08") || v.startsWith("E09") || v.startsWith("E10") || v.startsWith("E11")
                    || v.startsWith("E13")) {
                return i;
            }
        }
        return -1;
    }

    /** The ulcer's L97 code: the one already coded, else the index's "Ulcer, lower limb" with the stated site. */
    private EncodedCode site(String t, EncodeResult r, EncodeOptions options) {
        EncodedCode had = null;
        for (EncodedCode c : r.codes()) {
            if (c.code().value().startsWith("L97") && had == null) {
                had = c;
            }
        }
        if (had != null && !had.code().value().startsWith("L979")) {
            return had; // a site already coded; only an unspecified part (L97.9-) is looked up again
        }
        Matcher m = ULCER.matcher(t);
        if (!m.find() || m.group(1).isBlank()) {
            return had;
        }
        EncodeResult u = engine.encodePlain("ulcer lower limb " + m.group(1).strip(), options);
        boolean found = !u.codes().isEmpty() && u.codes().get(0).code().value().startsWith("L97")
                && !u.codes().get(0).code().value().startsWith("L979");
        return found ? u.codes().get(0) : had;
    }
}

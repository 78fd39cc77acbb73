package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * The kind of angina stated with coronary atherosclerosis. The combination codes I25.11- (native coronary artery)
 * and I25.7- (bypass grafts, transplanted heart) subdivide "with angina pectoris" exactly as category I20 does:
 * unstable (I20.0), with documented spasm (I20.1), refractory (I20.2), other forms (I20.8-: stable angina, angina of
 * effort), unspecified (I20.9); I20 excludes angina with atherosclerotic heart disease (Excludes1 "I25.1-", "I25.7-").
 * So the angina words are looked up alone under "Angina" in the Alphabetic Index (Angina, stable I20.8; crescendo
 * see Angina, unstable; Prinzmetal see Angina, with documented spasm) and the combination code of that kind is taken
 * (Index: Arteriosclerosis, coronary, native vessel, with, angina pectoris, unstable / with documented spasm /
 * refractory / specified type NEC; Guideline I.A.15, I.C.9.b). Runs only when the statement contains "angina".
 */
final class AnginaKind {

    /** Coronary atherosclerosis stated, not negated ("no CAD", "without coronary artery disease"). */
    private static final Pattern CORONARY = Pattern.compile("(?<!\\bno |\\bwithout )\\b(?:coronary (?:artery )?"
            + "(?:disease|atherosclerosis|arteriosclerosis)|atherosclerotic heart disease|(?:athero|arterio)sclerosis"
            + " of (?:the )?(?:native )?coronary)");
    private static final Pattern GRAFT = Pattern.compile("\\b(?:graft|bypass|cabg|transplant\\w*)\\b");
    /**
     * The end of the angina's words: a clause boundary, "due to", or "with / in / and" before the atherosclerosis
     * ("angina pectoris with documented spasm" stays whole).
     */
    private static final Pattern LINK = Pattern.compile("[,;]| due to | secondary to |"
            + " (?:with|in|and) (?=[^,;]*(?:coronary|atheroscl|arterioscl|cad\\b|ashd\\b))");
    /** Atherosclerosis stated of a graft: "CAD of bypass graft", "graft atherosclerosis" (I25.7-, not I25.11-). */
    private static final Pattern OF_GRAFT = Pattern.compile(
            "\\b(?:of|in) (?:the |a )?(?:coronary )?(?:artery )?(?:bypass )?grafts?\\b|\\bgraft (?:disease|atheroscl)");
    private static final List<String> SECTIONS = List.of("I.A.15", "I.C.9.b");

    private final Engine engine;
    private final IcdCmRelease release;
    private final TabularWalker walker;
    private final Coding coding;

    AnginaKind(Engine engine, IcdCmRelease release, TabularWalker walker, Coding coding) {
        this.engine = engine;
        this.release = release;
        this.walker = walker;
        this.coding = coding;
    }

    /** {@code r} with its coronary atherosclerosis code moved to the stated kind of angina. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.expanded);
        if (r.codes().isEmpty() || !t.contains("angina")) {
            return r; // literal pre-check (hot path)
        }
        EncodedCode x = r.codes().get(0);
        IcdCmCode group = group(x.code(), t);
        String kind = group == null ? null : kind(t, options);
        if (kind == null) {
            return r;
        }
        Optional<IcdCmEntry> target = release.children(group).stream()
                .filter(e -> e.billable() && e.longTitle().toLowerCase(Locale.ROOT).contains(kind)).findFirst();
        if (target.isEmpty() || target.get().code().equals(x.code())) {
            return r;
        }
        String at = target.get().code().dotted();
        return walker.complete(at, s, options, -1L).map(w -> {
            List<EncodedCode> out = new ArrayList<>(r.codes());
            out.set(0, coding.coded(w, x.trail().indexPath() + " -> the angina stated is \"" + kind + "\" by its"
                    + " own index entry (Angina, ...): " + at + " of " + group.dotted(), SECTIONS));
            return r.withCodes(coding.finish(out));
        }).orElse(r);
    }

    /** The "with angina pectoris" subcategory for the code: its own header, or I25.11 for native vessels. */
    private IcdCmCode group(IcdCmCode code, String t) {
        String v = code.value();
        if (v.startsWith("I2511") && v.length() == 6 && OF_GRAFT.matcher(t).find() && !t.contains("transplant")) {
            return IcdCmCode.parse("I25.70"); // Arteriosclerosis, coronary, bypass graft, with angina pectoris
        }
        if ((v.startsWith("I2511") || v.startsWith("I257")) && v.length() == 6) {
            return code.parent();
        }
        boolean native_ = v.equals("I2510") || (v.startsWith("I20") && CORONARY.matcher(t).find());
        return native_ && !GRAFT.matcher(t).find() ? IcdCmCode.parse("I25.11") : null;
    }

    /** The kind of the stated angina, as the combination codes' titles word it; null when unspecified or unknown. */
    private String kind(String t, EncodeOptions options) {
        int at = t.indexOf("angina");
        int w = t.lastIndexOf("with ", at); // -1 when the angina is written first: read from the clause start
        int from = Math.max(Math.max(w < 0 ? 0 : w + 5, t.lastIndexOf(',', at) + 1), t.lastIndexOf(';', at) + 1);
        int end = clauseEnd(t, at);
        EncodeResult a = engine.encodePlain(t.substring(Math.min(from, at), end).strip(), options);
        String v = a.codes().isEmpty() ? "" : a.codes().get(0).code().value();
        return switch (v.length() >= 4 ? v.substring(0, 4) : v) {
            case "I200" -> "unstable angina";
            case "I201" -> "documented spasm";
            case "I202" -> "refractory angina";
            case "I208" -> "other forms of angina";
            case "I209" -> "unspecified angina";
            default -> null;
        };
    }

    /** Where the angina's own words end: at a clause boundary or at the link to the other condition. */
    private static int clauseEnd(String t, int at) {
        Matcher m = LINK.matcher(t);
        return m.find(at) ? m.start() : t.length();
    }
}

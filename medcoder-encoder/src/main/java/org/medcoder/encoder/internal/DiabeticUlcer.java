package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A diabetic's non-pressure ulcer of the lower limb: the diabetes code "with foot ulcer" (E08-E13 .621) when the
 * ulcer's site is the heel, midfoot or another part of the foot (L97.4-, L97.5-, the sites that code's "use
 * additional code" note names), else "with other skin ulcer" (.622, note L97.1-L97.9, L98.41-L98.49), and the L97
 * code after it; one pair for each ulcer site stated (I.C.4.a "as many codes ... as needed"). The Index presumes the
 * link ("Diabetes, with, foot ulcer / skin ulcer NEC", Guideline I.A.15 "with"), unless another cause is written in
 * the ulcer's own words (pressure, venous, stasis). Each site comes from "Ulcer, lower limb, ..." looked up with the
 * ulcer's words and is kept only when its title names the stated site (foot, heel, toe, thigh ...). A diabetes of
 * unstated type is E11 (I.C.4.a.2), never the E08 a note's list gives first. Runs only when the statement contains
 * "ulcer" and a code is E08-E13.
 */
final class DiabeticUlcer {

    /** One ulcer's words: those before "ulcer" after the diabetes / "with", and those after it. */
    private static final Pattern ULCER = Pattern.compile("([^,;]*?)\\bulcer(?:ation|s)?\\b(?: of)?(?: the)?([^,;]*)");
    private static final Pattern PARTS = Pattern.compile("[,;]| and (?=[^,;]*ulcer)");
    private static final Pattern OTHER_CAUSE = Pattern.compile(
            "\\b(?:pressure|decubitus|venous|stasis|varicose|arterial|ischemic|atherosclero\\w*|unrelated)\\b");
    /** A stated cause that makes E08/E09/E13 right; otherwise an unstated type is E11 (I.C.4.a.2). */
    private static final Pattern OTHER_TYPE = Pattern.compile(
            "\\b(?:due to|secondary|drug|induced|underlying|type 1|t1dm|other specified|pancrea\\w*|steroid\\w*)\\b");
    private static final Pattern DM_WORDS = Pattern.compile(
            "\\b(?:(?:type [12] )?diabet\\w*(?: mellitus)?(?: type [12])?|dm|t[12]dm|with|non-?pressure|chronic)\\b");
    /** Stated site word -> the word the L97 title must then contain. */
    private static final Map<Pattern, String> SITE_WORDS = new LinkedHashMap<>();

    static {
        for (String w : List.of("thigh", "calf", "ankle", "heel", "midfoot", "foot", "toe", "hallux", "left", "right")) {
            SITE_WORDS.put(Pattern.compile("\\b" + w + "s?\\b"), w.equals("toe") || w.equals("hallux") ? "foot" : w);
        }
    }

    private static final List<String> SECTIONS = List.of("I.A.15", "I.C.4.a");

    private final Engine engine;
    private final TabularWalker walker;
    private final Coding coding;

    DiabeticUlcer(Engine engine, TabularWalker walker, Coding coding) {
        this.engine = engine;
        this.walker = walker;
        this.coding = coding;
    }

    /** {@code r} with the diabetes code moved to its ulcer code and each ulcer site's code after it. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.expanded);
        if (r.codes().isEmpty() || !t.contains("ulcer")) {
            return r; // literal pre-check (hot path)
        }
        int dm = diabetes(r.codes());
        if (dm < 0) {
            return r;
        }
        EncodedCode d = r.codes().get(dm);
        String v = d.code().value();
        boolean plain = v.endsWith("9") && v.length() == 4;
        if (!plain && !v.endsWith("622") && !v.endsWith("621")) {
            return r;
        }
        List<EncodedCode> sites = sites(t, r, options);
        if (sites.isEmpty()) {
            return r;
        }
        // I.C.4.a.2: the type is E11 when not documented; E08/E09/E13 need their cause stated.
        String cat = !v.startsWith("E10") && !v.startsWith("E11") && !OTHER_TYPE.matcher(t).find() ? "E11"
                : v.substring(0, 3);
        List<EncodedCode> out = new ArrayList<>(r.codes());
        out.removeIf(c -> c.code().value().startsWith("L97") || c.code().value().startsWith("L984"));
        int at = out.indexOf(d);
        out.remove(at);
        for (EncodedCode site : sites) {
            String sv = site.code().value();
            String target = cat + (sv.startsWith("L974") || sv.startsWith("L975") ? ".621" : ".622");
            var w = walker.complete(target, s, options, -1L);
            if (w.isEmpty()) {
                return r;
            }
            if (out.stream().noneMatch(c -> c.code().dotted().equals(target))) {
                out.add(at++, coding.coded(w.get(), d.trail().indexPath() + " -> the ulcer's site "
                        + site.code().dotted() + " is named by this code's note (Diabetes, with, foot ulcer / skin"
                        + " ulcer NEC; unstated type E11, I.C.4.a.2)", SECTIONS));
            }
            out.add(at++, site.withStep("use additional code note at " + target + ": site of ulcer", SECTIONS));
        }
        return r.withCodes(coding.finish(out));
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

    /**
     * Each stated ulcer's L97 code: the one already coded when its title names the stated site, else the index's
     * "Ulcer, lower limb" with the ulcer's words; empty when an ulcer has another stated cause or no site agrees.
     */
    private List<EncodedCode> sites(String t, EncodeResult r, EncodeOptions options) {
        List<String> parts = new ArrayList<>();
        for (String p : PARTS.split(t)) {
            if (p.contains("ulcer")) {
                parts.add(p);
            }
        }
        List<EncodedCode> out = new ArrayList<>();
        for (String p : parts) {
            Matcher m = ULCER.matcher(p);
            if (!m.find() || OTHER_CAUSE.matcher(p).find()) {
                return List.of(); // another cause written in the ulcer's own words (I.A.15 "unless")
            }
            String words = (DM_WORDS.matcher(m.group(1)).replaceAll(" ").strip() + " " + m.group(2).strip())
                    .strip();
            EncodedCode site = coded(r, words, parts.size() == 1, false);
            if (site == null && !words.isEmpty()) {
                EncodeResult u = engine.encodePlain("ulcer lower limb " + words, options);
                site = u.codes().isEmpty() ? null : u.codes().get(0);
                boolean ok = site != null && site.code().value().startsWith("L97") && agrees(site, words)
                        && (!site.code().value().startsWith("L979") || words.contains("leg"));
                site = ok ? site : null;
            }
            site = site != null ? site : coded(r, words, parts.size() == 1, true);
            if (site == null) {
                return List.of();
            }
            EncodedCode found = site;
            if (out.stream().noneMatch(c -> c.code().equals(found.code()))) {
                out.add(site);
            }
        }
        return out;
    }

    /**
     * The L97 code already coded when the statement has one ulcer and the code's title names its site: one found by
     * the index path first (not L97.9-, which the lookup may make specific), any other ({@code fromNote}: a note's
     * pairing) only as the last resort.
     */
    private static EncodedCode coded(EncodeResult r, String words, boolean single, boolean fromNote) {
        if (!single) {
            return null;
        }
        for (EncodedCode c : r.codes()) {
            if (c.code().value().startsWith("L97") && agrees(c, words)
                    && (fromNote || !c.trail().indexPath().startsWith("use additional code note")
                    && !c.code().value().startsWith("L979"))) {
                return c;
            }
        }
        return null;
    }

    /** Whether the code's title names every site word stated (a toe is a part of the foot). */
    private static boolean agrees(EncodedCode c, String words) {
        String title = c.title().toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> e : SITE_WORDS.entrySet()) {
            if (e.getKey().matcher(words).find() && !title.contains(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}

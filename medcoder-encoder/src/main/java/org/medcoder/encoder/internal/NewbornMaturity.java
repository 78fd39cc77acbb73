package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Birth weight and gestational age of a newborn (P07.-). Guideline I.C.16.e: the codes are assigned from the
 * recorded birth weight and estimated gestational age; the P07 note: "when both birth weight and gestational age of
 * the newborn are available, both should be coded with birth weight sequenced before gestational age". The stated
 * grams choose the P07.0-/P07.1- code whose title's range holds them, the stated completed weeks the P07.2-/P07.3-
 * code of that age (37 weeks or more: no code, the newborn is not preterm). A newborn's statement has no pregnancy:
 * chapter 15 codes and Z3A weeks are the mother's (I.C.15.a), so a reading of "30 weeks" as a pregnancy is dropped.
 * Runs only when a literal test finds a newborn word with grams or weeks.
 */
final class NewbornMaturity {

    private static final Pattern NEWBORN = Pattern.compile(
            "\\b(?:newborn|neonate|neonatal|infant|baby|birth ?weight|preterm|premature|prematurity)\\b");
    /** A mother's statement: weeks of a pregnancy, not a newborn's gestational age. */
    private static final Pattern MATERNAL = Pattern.compile("\\b(?:pregnan\\w*|labor|labour|delivery|delivered"
            + "|gravida|maternal|mother|trimester|membranes|antepartum|postpartum|intrauterine)\\b");
    private static final Pattern GRAMS = Pattern.compile("\\b(\\d{3,4})\\s*(?:g|gm|gms|gram|grams)\\b");
    private static final Pattern WEEKS = Pattern.compile(
            "\\b(\\d{2})(?:\\s*\\+\\s*\\d|\\s+\\d/7)?\\s*(?:completed\\s+)?(?:-\\s*)?(?:weeks?|wks?)\\b"
                    + "(?!\\s*(?:-\\s*)?(?:old|of age|ago|after|postnatal|of life))");
    private static final Pattern RANGE = Pattern.compile("(?:(\\d+)-(\\d+)|less than (\\d+)) (?:grams|completed weeks)");
    private static final Pattern AGE = Pattern.compile("gestational age (\\d+) completed weeks");

    private final TabularWalker walker;
    private final Coding coding;
    /** Per code: lowest and highest grams or weeks its title names. */
    private final List<Object[]> weights = new ArrayList<>();
    private final List<Object[]> ages = new ArrayList<>();

    NewbornMaturity(IcdCmRelease release, TabularWalker walker, Coding coding) {
        this.walker = walker;
        this.coding = coding;
        for (String header : List.of("P07.0", "P07.1", "P07.2", "P07.3")) {
            for (var e : release.children(IcdCmCode.parse(header))) {
                String title = e.longTitle();
                Matcher r = RANGE.matcher(title);
                Matcher a = AGE.matcher(title);
                int[] span = r.find() ? (r.group(3) != null ? new int[] {0, Integer.parseInt(r.group(3)) - 1}
                        : new int[] {Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2))})
                        : a.find() ? new int[] {Integer.parseInt(a.group(1)), Integer.parseInt(a.group(1))} : null;
                if (span != null) {
                    (header.compareTo("P07.2") < 0 ? weights : ages).add(new Object[] {e.code().dotted(), span});
                }
            }
        }
    }

    /** The result with the newborn's birth weight and gestational age codes, else {@code r} unchanged. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        // The statement as written: the pregnancy readings of weeks ({@link Gestation}) add a mother's words.
        String t = Lower.of(s.text);
        boolean newbornWord = t.contains("born") || t.contains("infant") || t.contains("neonat") || t.contains("baby")
                || t.contains("weight") || t.contains("premat") || t.contains("preterm");
        if (!newbornWord || !NEWBORN.matcher(t).find() || MATERNAL.matcher(t).find()) {
            return r;
        }
        Matcher g = GRAMS.matcher(t);
        Matcher w = WEEKS.matcher(t);
        String weight = g.find() ? within(weights, Integer.parseInt(g.group(1))) : null;
        String age = w.find() ? within(ages, Integer.parseInt(w.group(1))) : null;
        if (weight == null && age == null) {
            return r;
        }
        List<EncodedCode> out = new ArrayList<>();
        int at = -1;
        for (EncodedCode c : r.codes()) {
            String v = c.code().value();
            boolean replaced = v.startsWith("P07") || v.startsWith("O") || v.startsWith("Z3A");
            at = replaced && at < 0 ? out.size() : at;
            if (!replaced) {
                out.add(c);
            }
        }
        List<EncodedCode> maturity = new ArrayList<>();
        for (String code : new String[] {weight, age}) {
            if (code != null) {
                walker.complete(code, s, options, -1L).ifPresent(x -> maturity.add(coding.coded(x,
                        "stated birth weight / completed weeks of gestation -> " + x.code().dotted()
                                + " (birth weight before gestational age: P07 note, I.C.16.e)", List.of("I.C.16.e"))));
            }
        }
        out.addAll(at < 0 ? out.size() : at, maturity);
        return r.withCodes(out);
    }

    /** The code whose span holds {@code n}, or null. */
    private static String within(List<Object[]> spans, int n) {
        for (Object[] x : spans) {
            int[] span = (int[]) x[1];
            if (n >= span[0] && n <= span[1]) {
                return (String) x[0];
            }
        }
        return null;
    }
}

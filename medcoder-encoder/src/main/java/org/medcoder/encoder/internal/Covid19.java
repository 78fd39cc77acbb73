package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A statement of confirmed COVID-19 with its manifestations and its pregnancy (Guidelines I.C.1.g.1): U07.1 first,
 * then the code of each manifestation ("COVID-19 with ARDS": U07.1 J80; acute bronchitis confirmed as due to
 * COVID-19 is J20.8, "due to other specified organisms", I.C.1.g.1.c.ii); in a pregnancy O98.5- (Other viral
 * diseases complicating pregnancy) comes first, then U07.1 and the manifestations (I.C.15.s). Exposure, history,
 * post-COVID conditions, screening and vaccination are their own codes (Z20.822, Z86.16, U09.9 ...) and are left
 * as coded.
 */
final class Covid19 {

    /** Words naming COVID-19 (after {@link Abbreviations}); with {@link #OTHER} removed, the manifestation remains. */
    private static final Pattern COVID = Pattern.compile(
            "\\b(?:covid(?:-?19)?|sars-cov-2(?:\\s+infection)?|coronavirus(?:\\s+disease)?(?:\\s+2019)?)\\b");
    private static final Pattern OTHER = Pattern.compile("\\b(?:positive|confirmed|infection|illness|disease|test"
            + "|with|and|due to|secondary to|caused by|from|associated|related|patient|pt|in|of|the|a|an|on|at|by"
            + "|mild|moderate|symptoms?|symptomatic|asymptomatic|lab|laboratory|pcr|antigen|swab|rapid|home|tested"
            + "|testing|results?|day|days)\\b"
            + "|[-,;:()]");
    /** Codes that say the statement is not about a current COVID-19 infection. */
    private static final String[] NOT_CURRENT = {"U09", "Z20", "Z86", "Z23", "Z11", "Z03", "Z09", "Z28", "Z71"};

    /** Title words of a manifestation code that name the cause or the degree, not the condition. */
    private static final List<String> TITLE_CONTEXT = List.of("unspecified", "other", "specified", "viral", "virus",
        "coronavirus", "disease", "covid", "organisms", "acute", "with", "without", "classified", "elsewhere");

    private final Engine engine;
    private final TabularWalker walker;
    private final Coding coding;
    private final Vocabulary vocabulary;

    Covid19(Engine engine, TabularWalker walker, Coding coding, Vocabulary vocabulary) {
        this.engine = engine;
        this.walker = walker;
        this.coding = coding;
        this.vocabulary = vocabulary;
    }

    /**
     * Symptoms routinely part of COVID-19 (fever, chills, cough, headache, myalgia, malaise and fatigue): not coded
     * beside U07.1 (I.B.5: "signs and symptoms that are associated routinely with a disease process should not be
     * assigned as additional codes"); other findings (hypoxemia R09.02) and conditions are its manifestations.
     */
    private static final List<String> ROUTINE_SYMPTOMS = List.of("R05", "R50", "R6883", "R51", "M791", "R538");

    /** {@code r} with U07.1, its manifestations and the pregnancy sequenced as I.C.1.g.1 and I.C.15.s say. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = s.expanded;
        // Literal checks first (hot path: few statements name COVID-19).
        if (!t.contains("covid") && !t.contains("coronavirus") && !t.contains("sars-cov")
                || !COVID.matcher(t).find() || r.codes().stream().anyMatch(Covid19::notCurrent)) {
            return r;
        }
        boolean pregnancy = Gestation.obstetric(t);
        List<EncodedCode> manifestations = new ArrayList<>();
        for (EncodedCode c : r.codes()) {
            String v = c.code().value();
            if (!v.equals("U071") && !routine(v) && !(pregnancy && (v.startsWith("O") || v.startsWith("Z3")))
                    && (!fromU071Note(c) || stated(c.title(), t))) {
                manifestations.add(c);
            }
        }
        if (manifestations.isEmpty() && !pregnancy) {
            manifestations.addAll(remainder(t, options));
        }
        Optional<EncodedCode> u071 = code("U07.1", s, options, "COVID-19: U07.1 first, then the code of each"
                + " manifestation (I.C.1.g.1.c, I.C.1.g.1.d)", "I.C.1.g.1");
        if (u071.isEmpty()) {
            return r;
        }
        List<EncodedCode> all = new ArrayList<>();
        if (pregnancy) {
            Statement timed = Statement.analyse(Gestation.withTrimester(t), vocabulary);
            code("O98.5", timed, options, "COVID-19 in a pregnancy: O98.5- (Other viral diseases complicating"
                    + " pregnancy) first, then U07.1 and its manifestations (I.C.15.s)", "I.C.15.s").ifPresent(all::add);
        }
        all.add(u071.get());
        for (EncodedCode m : manifestations) {
            all.add(acuteBronchitis(m, s, options));
        }
        if (pregnancy) {
            r.codes().stream().filter(c -> c.code().value().startsWith("Z3A")).forEach(all::add);
            String z3a = all.isEmpty() ? null : Gestation.weeksCode(t, all.get(0).code().value());
            if (z3a != null && all.stream().noneMatch(c -> c.code().value().startsWith("Z3A"))) {
                code(z3a, s, options, "use additional code note at chapter 15: code from category Z3A, Weeks of"
                        + " gestation", "I.C.21.c.11").ifPresent(all::add);
            }
        }
        return new EncodeResult(r.statement(), coding.finish(Coding.weeksLast(all)), r.questions(), List.of(),
                r.release(), r.notes());
    }

    private static boolean routine(String v) {
        return ROUTINE_SYMPTOMS.stream().anyMatch(v::startsWith);
    }

    private static boolean fromU071Note(EncodedCode c) {
        return c.trail().indexPath().contains("note at U07.1");
    }

    /**
     * Whether the statement states the condition a manifestation code's title names (its words other than the
     * organism's): U07.1's note lists examples ("pneumonia due to COVID-19 (J12.82)"), which are coded only for the
     * manifestation the statement documents (I.C.1.g.1.c), never from a shared word such as "viral".
     */
    private static boolean stated(String title, String t) {
        for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 4 && !TITLE_CONTEXT.contains(w) && !t.contains(w.substring(0, Math.min(6, w.length())))) {
                return false;
            }
        }
        return true;
    }

    private static boolean notCurrent(EncodedCode c) {
        for (String p : NOT_CURRENT) {
            if (c.code().value().startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The codes of the statement's words other than COVID-19 ("COVID-19 acute bronchitis": acute bronchitis). */
    private List<EncodedCode> remainder(String t, EncodeOptions options) {
        String rest = OTHER.matcher(COVID.matcher(t).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (rest.length() < 3) {
            return List.of();
        }
        List<EncodedCode> out = new ArrayList<>();
        for (EncodedCode c : engine.encodeCertain(rest, options).codes()) {
            String v = c.code().value();
            if (!v.startsWith("U07") && !v.startsWith("B97") && !routine(v)) {
                out.add(c.withStep("manifestation of COVID-19, coded after U07.1 (I.C.1.g.1.c)",
                        List.of("I.C.1.g.1.c")));
            }
        }
        return out;
    }

    /** Acute bronchitis NOS (J20.9) confirmed as due to COVID-19 is J20.8 (I.C.1.g.1.c.ii). */
    private EncodedCode acuteBronchitis(EncodedCode m, Statement s, EncodeOptions options) {
        if (!m.code().value().equals("J209")) {
            return m;
        }
        return code("J20.8", s, options, "acute bronchitis confirmed as due to COVID-19: J20.8, acute bronchitis due"
                + " to other specified organisms (I.C.1.g.1.c.ii)", "I.C.1.g.1.c").orElse(m);
    }

    private Optional<EncodedCode> code(String code, Statement s, EncodeOptions options, String why, String section) {
        return walker.complete(code, s, options, -1L).map(w -> coding.coded(w, why, List.of(section)));
    }
}

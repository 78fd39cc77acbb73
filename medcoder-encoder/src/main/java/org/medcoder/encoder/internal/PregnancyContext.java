package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A condition stated in a pregnancy ("UTI in pregnancy", "anemia in pregnancy, 20 weeks", "elderly multigravida"):
 * obstetric cases require chapter 15 codes, which have sequencing priority, unless the provider documents the
 * pregnancy as incidental (Guideline I.C.15.a.1). When the condition's own index path leads out of chapter 15, it is
 * looked up under the index's "Pregnancy, complicated by" (the main term a coder turns to); the condition's own code
 * follows only when the chapter 15 code's notes ask for it (O99 "use additional code to identify specific
 * condition", O24.0/O24.1 "code from category E10/E11"; I.A.13), never when the chapter 15 code says it all (O23.4
 * "unspecified infection of urinary tract in pregnancy" needs no N39.0).
 */
final class PregnancyContext {

    static final String LOOKUP = "pregnancy complicated by ";
    /**
     * The puerperium's main term: "Postpartum - see Puerperal" (Alphabetic Index); a condition stated after
     * delivery is looked up there ("Puerperal, sepsis" O85, "Puerperal, failure, renal, acute" O90.4-), not under
     * "Pregnancy, complicated by", which lists the conditions of the antepartum period.
     */
    static final String PUERPERAL = "puerperal complicated by ";
    private static final Pattern AFTER_DELIVERY = Pattern.compile("\\b(?:puerper|postpartum|post-partum)");
    private static final Pattern BEFORE_DELIVERY = Pattern.compile("\\b(?:pregnan|antepartum|prenatal|gestation"
            + "|trimester|weeks?\\b|wks?\\b)");
    private static final Pattern PREGNANCY_WORDS = Pattern.compile(
            "\\s*,?\\s*\\b(?:(?:complicating|complicated by|in|during|of|with|in an?)\\s+)?(?:the\\s+)?"
            + "(?:pregnancy|pregnant(?:\\s+(?:patient|woman|female))?)\\b");

    private static final Pattern WEEKS_GESTATION = Pattern.compile(
            "\\b(\\d{1,2}\\s*(?:weeks?|wks?))\\s+(?:of\\s+)?gestation\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]+)?");
    private static final Pattern RANGE = Pattern.compile("([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])");
    /** Trimester and weeks: the pregnancy's timing, not the condition's. */
    private static final Pattern TIMING = Pattern.compile("\\s*,?\\s*\\b(?:(?:in the|in|at)\\s+)?(?:(?:first|second|third"
            + "|1st|2nd|3rd|trimester[123])\\s+trimester|trimester[123]|\\d{1,2}\\s*(?:weeks?|wks?)(?:\\s+gestation)?)\\b");
    private static final IcdCmCode OTHER_MATERNAL = IcdCmCode.parse("O99");
    /** Set while {@link #obstetricCondition} looks the condition up, so that its lookup does not come back to it. */
    private static final ThreadLocal<Boolean> IN_CONDITION = ThreadLocal.withInitial(() -> false);

    private final Engine engine;
    private final IcdCmRelease release;
    private final TabularWalker walker;
    private final Coding coding;
    private final DeliveryOutcome outcome;

    PregnancyContext(Engine engine, IcdCmRelease release, TabularWalker walker, Coding coding) {
        this.engine = engine;
        this.outcome = new DeliveryOutcome(engine);
        this.release = release;
        this.walker = walker;
        this.coding = coding;
    }

    /**
     * The statement's codes with a condition in pregnancy coded to chapter 15 first and the stated outcome of a
     * delivery after them ({@link DeliveryOutcome}, I.C.15.b.5); {@code r} otherwise.
     */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        return outcome.apply(s, inPregnancy(s, r, options), options);
    }

    private EncodeResult inPregnancy(Statement s, EncodeResult r, EncodeOptions options) {
        String first = r.codes().isEmpty() ? "" : r.codes().get(0).code().value();
        // Z33.1 (pregnant state, incidental) is where "Pregnancy, supervision of" leads; other Z3- codes are
        // pregnancy encounters of their own (Z34 normal pregnancy, Z3A weeks).
        boolean weeksOnly = weeksOnly(r);
        if (first.startsWith("Z3") && !first.startsWith("Z33") && !weeksOnly || !Gestation.obstetric(s.expanded)
                || s.expanded.startsWith(LOOKUP) || s.expanded.startsWith(PUERPERAL)
                || s.expanded.contains("incidental")) {
            return r;
        }
        String condition = StatedClauses.trimLeadingSeparators(PREGNANCY_WORDS.matcher(s.expanded).replaceAll(""));
        if (weeksOnly) {
            // "30 weeks gestation" is the timing of the condition looked up under "Pregnancy, complicated by" below,
            // not the "Gestation" entry that led to Z3A alone (I.C.15.a.3 reads the trimester from the weeks).
            condition = WEEKS_GESTATION.matcher(condition).replaceAll("$1");
        }
        if (first.startsWith("O269") || first.startsWith("Z331") || weeksOnly) {
            // The statement's path reached only the pregnancy itself ("Pregnancy, complicated NOS" O26.9-, "pregnant
            // state" Z33.1, or its weeks "Pregnancy, weeks of gestation" Z3A with the code its "code first" note
            // guessed): the condition it states is coded alone, then placed in chapter 15 below (I.C.15.a.1).
            EncodeResult own = PregnancyTerms.conditionAlone(engine,
                    StatedClauses.trimSeparators(TIMING.matcher(condition).replaceAll("")), options);
            if (own != null) {
                r = own;
                first = own.codes().get(0).code().value();
            } else if (weeksOnly) {
                return obstetricCondition(condition, r, options);
            }
        }
        if (first.startsWith("O")) {
            String alone = StatedClauses.trimSeparators(TIMING.matcher(condition).replaceAll(""));
            // Only a condition without pregnancy words of its own (not "delivery", "gravida" ...) is looked up alone.
            return Gestation.obstetric(alone) ? r : withCondition(r, alone, options);
        }
        String lookup = lookupOf(s.expanded);
        if (lookup.equals(PUERPERAL) && !first.isEmpty() && AFTER_DELIVERY.matcher(
                r.codes().get(0).trail().indexPath().toLowerCase(java.util.Locale.ROOT)).find()) {
            // The condition's own index entry already names the puerperium ("Depression, postpartum" F53.0; O90.6
            // Excludes1 postpartum depression F53.0): that entry is the code (I.A.12.a, I.C.15.a.1 names chapter 15
            // for conditions without one of their own).
            return r;
        }
        EncodeResult p = engine.encodePlain(lookup + condition, options);
        if (p.codes().isEmpty() || !p.codes().get(0).code().value().startsWith("O")
                || p.codes().get(0).code().value().startsWith("O269")) {
            p = first.isEmpty() ? null : byInclusionTerm(r.codes().get(0).code(), s, r, options);
            if (p == null) {
                return r;
            }
        }
        EncodedCode obstetric = p.codes().get(0).withStep("the statement places the condition in a pregnancy:"
                + " looked up under \"Pregnancy, complicated by\"; chapter 15 codes have sequencing priority (I.C.15.a.1)",
                List.of("I.C.15.a.1"));
        List<EncodedCode> all = new ArrayList<>();
        all.add(obstetric);
        for (EncodedCode c : r.codes()) {
            if (!c.code().value().startsWith("Z3A") && asksFor(obstetric.code(), c.code())) {
                all.add(c);
            }
        }
        all.addAll(p.codes().subList(1, p.codes().size()));
        String z3a = Gestation.weeksCode(s.expanded, obstetric.code().value());
        if (z3a != null && all.stream().noneMatch(c -> c.code().value().startsWith("Z3A"))) {
            walker.complete(z3a, s, options, -1L).ifPresent(w -> all.add(coding.coded(w, "use additional code note at"
                    + " chapter 15: code from category Z3A, Weeks of gestation", List.of("I.C.21.c.11"))));
        }
        List<EncodedCode> unique = Coding.dedupe(Coding.weeksLast(all));
        List<org.medcoder.encoder.OpenQuestion> questions = new ArrayList<>(p.questions());
        return new EncodeResult(r.statement(), unique, questions, List.of(), engine.releaseName());
    }

    /**
     * The obstetric condition the statement states beside its weeks ("breech presentation, 37 weeks gestation":
     * Presentation, breech O32.1-, then Z3A.37), looked up with the weeks as its timing; {@code r} (Z3A alone) when
     * the condition's own path leads to no chapter 15 code (I.C.15.a.3, I.C.21.c.11: Z3A follows the condition).
     */
    private EncodeResult obstetricCondition(String condition, EncodeResult r, EncodeOptions options) {
        if (IN_CONDITION.get()) {
            return r; // the condition's own lookup reached the weeks alone again: nothing more to find
        }
        IN_CONDITION.set(true);
        try {
            EncodeResult own = engine.encodePlain(condition, options);
            String v = own.codes().isEmpty() ? "" : own.codes().get(0).code().value();
            return v.startsWith("O") && !v.startsWith("O269") ? own : r;
        } finally {
            IN_CONDITION.set(false);
        }
    }

    /**
     * Whether the path reached only the weeks of gestation (Z3A): every other code came from Z3A's "code first"
     * note, not from a condition the statement's words were looked up as (I.C.21.c.11: Z3A is never first).
     */
    private static boolean weeksOnly(EncodeResult r) {
        return r.codes().stream().anyMatch(c -> c.code().value().startsWith("Z3A")) && r.codes().stream()
                .allMatch(c -> c.code().value().startsWith("Z3A")
                        || c.trail().indexPath().startsWith("code first note at Z3A"));
    }

    /** The main term a condition of the statement's period is looked up under: the puerperium's or the pregnancy's. */
    private static String lookupOf(String expanded) {
        return expanded.indexOf("p") >= 0 && AFTER_DELIVERY.matcher(expanded).find()
                && !BEFORE_DELIVERY.matcher(expanded).find() ? PUERPERAL : LOOKUP;
    }

    /**
     * A chapter 15 code reached directly ("anemia complicating pregnancy" O99.01-) whose note asks for the specific
     * condition: the condition's code, looked up without the pregnancy words, follows it (I.A.13, I.C.15.a.1).
     */
    private EncodeResult withCondition(EncodeResult r, String condition, EncodeOptions options) {
        EncodedCode obstetric = r.codes().get(0);
        boolean stated = r.codes().stream().anyMatch(c -> !c.code().value().startsWith("O")
                && !c.code().value().startsWith("Z3A"));
        if (stated || condition.isBlank() || !asksForCondition(obstetric.code())) {
            return r;
        }
        List<EncodedCode> all = new ArrayList<>(List.of(obstetric));
        for (EncodedCode c : engine.encodePlain(condition, options).codes()) {
            if (!c.code().value().startsWith("O") && !c.code().value().startsWith("Z3A")
                    && asksFor(obstetric.code(), c.code())) {
                all.add(c);
            }
        }
        if (all.size() == 1) {
            return r;
        }
        all.addAll(r.codes().subList(1, r.codes().size()));
        return new EncodeResult(r.statement(), all, r.questions(), List.of(), engine.releaseName());
    }

    /**
     * The O99 subcategory whose inclusion term "Conditions in X-Y" covers the condition's code (I.A.11: "Conditions
     * in E00-E89" at O99.2), walked to its billable code with the statement's trimester; null when none covers it.
     */
    private EncodeResult byInclusionTerm(IcdCmCode condition, Statement s, EncodeResult r, EncodeOptions options) {
        EncodeResult byNote = PregnancyTerms.byNote(release, walker, coding, condition, s, r, options);
        if (byNote != null) {
            return byNote;
        }
        for (var sub : PregnancyTerms.deepestFirst(release, OTHER_MATERNAL)) {
            for (AppliedNote n : release.notes(sub.code())) {
                String[] in = n.note().kind() == NoteKind.INCLUSION_TERM
                        && sub.code().value().equals(n.at().replace(".", "")) ? conditionsIn(n.note().text()) : null;
                if (in != null) {
                    String cat = condition.category().value();
                    if (PregnancyTerms.within(cat, in)) {
                        var walked = walker.complete(sub.code().value(), s, options, -1L);
                        if (walked.isPresent()) {
                            EncodedCode c = coding.coded(walked.get(), "Pregnancy, complicated by: " + sub.code().dotted()
                                    + " by its inclusion term \"" + n.note().text() + "\"", List.of("I.A.11"));
                            return new EncodeResult(r.statement(), List.of(c), walked.get().questions(), List.of(),
                                    engine.releaseName());
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the chapter 15 code's "use additional code" notes ask for the condition's code: a note naming codes
     * that include it, or a note naming none ("to identify specific condition"). Chapter-level notes (Z3A) name
     * their codes, so they never ask for a condition.
     */
    private boolean asksFor(IcdCmCode obstetric, IcdCmCode condition) {
        if (condition.value().startsWith("O")) {
            return false;
        }
        for (AppliedNote n : release.notes(obstetric)) {
            if (n.note().kind() == NoteKind.USE_ADDITIONAL_CODE) {
                List<String> named = named(n);
                if (named.isEmpty() ? n.note().text().contains("specific condition")
                        : named.stream().anyMatch(x -> condition.value().startsWith(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a "use additional code" note of the code asks for a condition outside chapter 15 and Z3A. */
    private boolean asksForCondition(IcdCmCode obstetric) {
        for (AppliedNote n : release.notes(obstetric)) {
            if (n.note().kind() == NoteKind.USE_ADDITIONAL_CODE) {
                List<String> named = named(n);
                if (named.isEmpty() ? n.note().text().contains("specific condition")
                        : named.stream().anyMatch(x -> !x.startsWith("O") && !x.startsWith("Z3A")
                                && !x.startsWith("B9"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The codes or categories a note names ("from category E10", "(B95.-, B96.-)"), without dots. */
    private static List<String> named(AppliedNote n) {
        List<String> out = new ArrayList<>();
        for (CodeRange r : n.note().references()) {
            out.add(r.first().value());
        }
        Matcher m = CODE.matcher(n.note().text());
        while (m.find()) {
            out.add(m.group().replace(".", ""));
        }
        return out;
    }

    /** The first and last code of each range of a "Conditions in X-Y, V-W and ..." inclusion term, or null. */
    private static String[] conditionsIn(String text) {
        if (!text.startsWith("Conditions in ")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
            out.add(m.group(2));
        }
        return out.isEmpty() ? null : out.toArray(new String[0]);
    }

}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * Codes a statement whose clauses state a drug in long-term use, a status or a history ({@link StatedClauses}): the
 * condition first, coded without the clauses, then each clause's code from its own index lookup, in the order
 * written. Status, history and long-term drug use codes are secondary codes (Guideline I.C.21.c.3, I.C.21.c.4); a
 * clause whose lookup gives no code of its kind stays part of the condition.
 */
final class SecondCodes {

    private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(
            "^[\\s,;.]*(?:(?:quit|stopped|since|ago|about|over|more|than|\\d+|years?|yrs?|months?|weeks?|"
            + "pack[- ]years?|excised|resected|removed|eradicated|cured|in\\s+the\\s+past)[\\s,;.]*)+$");

    /** History, personal, specified NEC: the index's catch-all, which names no condition. */
    private static final String SPECIFIED_NEC = "Z87898";

    /** The antidiabetic codes in their note's order. */
    private static final List<String> ANTIDIABETIC_ORDER = List.of("Z794", "Z7985", "Z7984");

    private final Engine engine;
    private final Coding coding;
    private final PastCondition past;

    SecondCodes(Engine engine, Coding coding, PastCondition past) {
        this.engine = engine;
        this.coding = coding;
        this.past = past;
    }

    /** The codes of the condition and its clauses; null when no clause gives a code of its kind. */
    EncodeResult encode(String statement, StatedClauses.Split split, EncodeOptions options) {
        List<StatedClauses.Clause> kept = new ArrayList<>();
        List<EncodedCode> second = new ArrayList<>();
        List<EncodedCode> present = new ArrayList<>();
        Map<EncodedCode, String> pastCategory = new IdentityHashMap<>();
        List<OpenQuestion> questions = new ArrayList<>();
        for (StatedClauses.Clause c : split.clauses()) {
            EncodeResult r = engine.encodePlain(c.lookup(), options);
            String written = split.text().substring(c.start(), c.end()).strip();
            boolean any = false;
            Past past = null;
            if (c.kind() == StatedClauses.Kind.HISTORY && r.codes().stream().map(x -> x.code().value())
                    .noneMatch(v -> c.kind().allows(v) && !v.equals(SPECIFIED_NEC))) {
                past = pastCondition(c.lookup(), r, options);
                r = past.result();
            }
            if (past != null && past.present()) {
                present.addAll(r.codes());
                kept.add(c);
                questions.addAll(r.questions());
                continue;
            }
            for (EncodedCode code : r.codes()) {
                if (c.kind().allows(code.code().value())) {
                    EncodedCode z = code.withStep("stated in the statement (\"" + written + "\"), looked up as \""
                            + c.lookup() + "\": " + article(c.kind().name().toLowerCase().replace('_', ' '))
                            + " code after the condition (" + c.kind().guideline + ")", List.of(c.kind().guideline));
                    second.add(z);
                    if (past != null && past.category() != null) {
                        pastCategory.put(z, past.category());
                    }
                    any = true;
                }
            }
            if (any) {
                kept.add(c);
                questions.addAll(r.questions());
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        String main = split.main(kept);
        // Words saying only when ("quit 10 years ago") or that the condition is gone ("removed": I.C.2.d, I.C.21.c.4,
        // the history clause says it) are no condition of their own.
        main = WHEN.matcher(main).matches() ? "" : main;
        List<EncodedCode> all = new ArrayList<>();
        if (!main.isBlank()) {
            EncodeResult m = engine.encodePlain(main, options);
            if (m.codes().isEmpty()) {
                return null;
            }
            all.addAll(m.codes());
            questions.addAll(0, m.questions());
        }
        all.addAll(present);
        // The history of a condition the statement codes as current in the same category ("history of shingles, now
        // with postherpetic neuralgia": B02.29) is no past condition that no longer exists (I.C.21.c.4).
        second.removeIf(z -> pastCategory.containsKey(z)
                && all.stream().anyMatch(x -> x.code().value().startsWith(pastCategory.get(z))));
        // Antidiabetic drug codes in the order of the note asking for them (E08-E13, O24: insulin Z79.4, injectable
        // non-insulin Z79.85, oral Z79.84); I.C.4.a.3 asks for both codes when insulin and another drug are used.
        noteOrder(second);
        for (EncodedCode c : second) {
            if (!insulinInherent(all, c)) {
                all.add(c);
            }
        }
        String text = Statement.truncate(statement);
        return new EncodeResult(text, coding.finish(Coding.weeksLast(all)), questions, List.of(), engine.releaseName());
    }

    /**
     * A history clause the index does not code as a history ("history of treated syphilis" reads Syphilis A53.9), or
     * codes only by its catch-all "History, personal, specified NEC" Z87.898 ("history of Lyme disease"): the personal
     * history code of the condition's class ({@link PastCondition}), else the lookup as it was.
     */
    private Past pastCondition(String lookup, EncodeResult r, EncodeOptions options) {
        String condition = PastCondition.condition(lookup);
        EncodeResult coded = condition == null ? null : engine.encodePlain(condition, options);
        if (coded == null || coded.codes().isEmpty()) {
            return new Past(r, null, false);
        }
        EncodedCode first = coded.codes().get(0);
        Optional<EncodedCode> now = past.present(condition, first, options, w -> engine.encodePlain(w, options));
        if (now.isPresent()) {
            List<EncodedCode> codes = now.get() == first ? coded.codes() : List.of(now.get());
            List<EncodedCode> current = codes.stream().map(x -> x.withStep("stated after \"history of\" with a"
                    + " current manifestation the condition's category combines with it: the condition, present, not"
                    + " its history (I.C.21.c.4, I.A.15)", List.of("I.C.21.c.4", "I.A.15"))).toList();
            return new Past(new EncodeResult(r.statement(), current, coded.questions(), List.of(), r.release()), null,
                    true);
        }
        String category = first.code().value().substring(0, 3);
        return past.history(condition, first, options, w -> engine.encodePlain(w, options))
                .map(z -> new Past(new EncodeResult(r.statement(), List.of(z), coded.questions(), List.of(),
                        r.release()), category, false))
                .orElse(new Past(r, null, false));
    }

    /**
     * A history clause read through {@link PastCondition}: its codes, the category of the condition a history code
     * was read from (null when none), and whether the condition is present after all.
     */
    private record Past(EncodeResult result, String category, boolean present) {
    }

    /** The antidiabetic codes among {@code codes} put in {@link #ANTIDIABETIC_ORDER} in their own places; others stay. */
    private static void noteOrder(List<EncodedCode> codes) {
        List<Integer> at = new ArrayList<>();
        List<EncodedCode> drugs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (ANTIDIABETIC_ORDER.contains(codes.get(i).code().value())) {
                at.add(i);
                drugs.add(codes.get(i));
            }
        }
        drugs.sort(java.util.Comparator.comparingInt(c -> ANTIDIABETIC_ORDER.indexOf(c.code().value())));
        for (int i = 0; i < at.size(); i++) {
            codes.set(at.get(i), drugs.get(i));
        }
    }

    /** The noun with its indefinite article. */
    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * A long-term antidiabetic code the condition's code already says: type 1 diabetes (E10, O24.0) is insulin
     * treated by definition and its category, unlike E11/E13/O24.1, asks for no Z79.4 (I.C.4.a.3 names Z79 for the
     * type 2 or unstated type); codes of gestational diabetes (O24.4) say the control themselves and take no Z79.4,
     * Z79.84 or Z79.85 (I.C.15.g).
     */
    private static boolean insulinInherent(List<EncodedCode> condition, EncodedCode c) {
        String v = c.code().value();
        boolean antidiabetic = v.equals("Z794") || v.equals("Z7984") || v.equals("Z7985");
        return antidiabetic && condition.stream().map(x -> x.code().value()).anyMatch(x -> x.startsWith("O244")
                || v.equals("Z794") && (x.startsWith("E10") || x.startsWith("O240")));
    }

}

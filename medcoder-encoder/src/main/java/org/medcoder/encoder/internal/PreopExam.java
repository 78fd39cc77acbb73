package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * A preoperative (pre-procedural) examination: a code from subcategory Z01.81, Encounter for pre-procedural
 * examinations, is sequenced first, and the condition that is the reason for the surgery follows as an additional
 * diagnosis (Guidelines Section IV.M; I.C.21.c.13). The Z01.81- code comes from the Alphabetic Index ("Examination,
 * pre-procedural (pre-operative), cardiovascular / laboratory / respiratory / specified NEC"), the reason from the
 * rest of the statement coded alone. Runs only when the statement has "pre" and an examination word (hot path).
 */
final class PreopExam {

    private static final Pattern EXAM = Pattern.compile("(?:encounter for\\s+)?(?:a\\s+)?\\bpre-?\\s?(?:op|operative"
            + "|procedural|procedure|surgical|surgery)\\s+(?:([a-z]+)\\s+)?(?:exam|examination|evaluation|clearance"
            + "|assessment|consultation|consult|work-?up|testing)\\b(?:\\s+(?:prior to|before|for|ahead of))?");
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:.-]*(?:(?:prior to|before|for|of|ahead of)\\s+)*");
    private static final List<String> SECTIONS = List.of("IV.M", "I.C.21.c.13");

    private final Engine engine;

    PreopExam(Engine engine) {
        this.engine = engine;
    }

    /** {@code r}, or the pre-procedural examination code first with the reason for the surgery after it. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.text);
        if (!t.contains("pre") || !(t.contains("exam") || t.contains("evaluat") || t.contains("clearance")
                || t.contains("assessment") || t.contains("consult") || t.contains("work") || t.contains("testing"))) {
            return r;
        }
        Matcher m = EXAM.matcher(t);
        if (!m.find() || r.codes().stream().anyMatch(c -> c.code().value().startsWith("Z0181"))) {
            return r;
        }
        EncodeResult z = engine.encodePlain("examination pre-procedural " + kind(m.group(1)), options);
        if (z.codes().isEmpty() || !z.codes().get(0).code().value().startsWith("Z0181")) {
            return r;
        }
        List<EncodedCode> out = new ArrayList<>();
        out.add(z.codes().get(0).withStep("a pre-procedural examination is listed first; the reason for the surgery"
                + " follows as an additional diagnosis (IV.M)", SECTIONS));
        List<OpenQuestion> questions = new ArrayList<>(z.questions());
        String rest = LEADING.matcher((t.substring(0, m.start()) + " " + t.substring(m.end())).strip()).replaceFirst("");
        if (!rest.isBlank()) {
            EncodeResult reason = engine.encodeCertain(rest, options);
            for (EncodedCode c : reason.codes()) {
                if (!c.code().value().startsWith("Z00") && !c.code().value().startsWith("Z01")) {
                    out.add(c.withStep("the reason for the surgery, after the pre-procedural examination (IV.M)",
                            SECTIONS));
                }
            }
            questions.addAll(reason.questions());
        }
        return new EncodeResult(r.statement(), Coding.dedupe(out), questions, r.nearestTerms(), r.release(),
                r.notes());
    }

    /**
     * The index subterm of "Examination, pre-procedural" the statement's word names; clinicians' synonyms are read as
     * the index words (a table of words to index words, not to codes).
     */
    static String kind(String word) {
        if (word == null) {
            return "specified NEC";
        }
        return switch (word) {
            case "cardiovascular", "cardiac", "cardiology", "heart" -> "cardiovascular";
            case "respiratory", "pulmonary", "lung", "pulmonology" -> "respiratory";
            case "laboratory", "lab", "labs", "blood" -> "laboratory";
            default -> "specified NEC";
        };
    }
}

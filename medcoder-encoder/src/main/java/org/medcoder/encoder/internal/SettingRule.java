package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;
import org.medcoder.encoder.Setting;

/**
 * Codes a statement with an uncertain diagnosis as the care setting requires (Official Guidelines FY2026):
 * <ul>
 * <li>outpatient (Section IV.H): the uncertain diagnosis is not coded; the statement's certain part — signs,
 * symptoms, abnormal findings or established conditions — is coded instead ("chest pain, rule out myocardial
 * infarction" gives R07.9). When there is none, nothing is coded and the result says so, with the question a coder
 * asks (is the diagnosis confirmed?);</li>
 * <li>inpatient (Sections II.H, III.C): the uncertain diagnosis is coded as if it were established; signs and
 * symptoms documented with it (chapter 18, R00-R99) are not coded, as routinely associated with it (I.B.5), nor
 * a code of a category already coded (the combination code covers it, I.B.9: E11.319 covers E11.9).</li>
 * </ul>
 * A provider's confirmation (answer {@code confirmed} to question {@value #QUESTION}) codes it as established in
 * either setting.
 */
final class SettingRule {

    /** Id of the question "is the uncertain diagnosis confirmed?". */
    static final String QUESTION = "uncertain";
    static final String CONFIRMED = "confirmed";
    static final String NOT_CONFIRMED = "not-confirmed";

    private final Engine engine;

    SettingRule(Engine engine) {
        this.engine = engine;
    }

    /** The statement coded as the setting requires when it holds an uncertain diagnosis, else as certain. */
    EncodeResult encode(String statement, EncodeOptions options) {
        Uncertainty.Split split = Uncertainty.of(Statement.truncate(statement));
        return split == null ? engine.encodeCertain(statement, options) : encode(statement, split, options);
    }

    EncodeResult encode(String statement, Uncertainty.Split split, EncodeOptions options) {
        boolean confirmed = CONFIRMED.equals(options.answers().get(QUESTION));
        if (confirmed || options.setting() == Setting.INPATIENT) {
            return established(statement, split, options, confirmed);
        }
        EncodeResult classified = suspicionClassified(statement, split, options);
        return classified != null ? classified : outpatient(statement, split, options);
    }

    /**
     * The statement coded as certain when the code it reads to names the qualifier in its own title: the
     * classification then codes the suspicion itself, so there is no uncertain diagnosis to leave out (IV.H). Contact
     * with and suspected exposure Z20/Z77 (I.C.21.c.1), observation for a suspected condition ruled out Z03-Z05
     * (I.C.21.c.6, I.C.16.b), carrier or suspected carrier Z22 (I.C.1.e.2.c), maternal care for known or suspected
     * fetal abnormality O35/O36 (I.C.15.e.1). Null when the first code's title names no qualifier of the statement.
     */
    private EncodeResult suspicionClassified(String statement, Uncertainty.Split split, EncodeOptions options) {
        EncodeResult r = engine.encodeCertain(statement, options);
        if (r.codes().isEmpty()) {
            return null;
        }
        EncodedCode first = r.codes().get(0);
        String title = " " + Lower.of(first.title()).replaceAll("[^a-z0-9]+", " ") + " ";
        String named = split.qualifiers().stream().filter(q -> title.contains(" " + q + " ")).findFirst().orElse(null);
        if (named == null) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>(r.codes());
        codes.set(0, first.withStep("\"" + named + "\" is a word of the code's own title: the classification codes the"
                + " suspicion itself, not an uncertain diagnosis (IV.H does not apply; I.C.21.c.1, I.C.21.c.6,"
                + " I.C.15.e.1)", List.of("I.C.21.c.1", "I.C.21.c.6", "I.C.15.e.1")));
        return r.withCodes(codes);
    }

    /** Section IV.H: code to the highest degree of certainty, never the uncertain diagnosis. */
    private EncodeResult outpatient(String statement, Uncertainty.Split split, EncodeOptions options) {
        String uncertain = quoted(split.uncertain());
        String step = "outpatient setting: " + uncertain + " is documented as uncertain (" + String.join(", ",
                split.qualifiers()) + ") and is not coded; coded to the highest degree of certainty instead (IV.H)";
        Parts parts = new Parts();
        for (String c : split.certain()) {
            parts.add(engine.encodeCertain(c, options), step, List.of("IV.H"), false);
        }
        List<String> notes = new ArrayList<>();
        notes.add("outpatient setting (Guidelines Section IV.H): " + uncertain + " is documented as uncertain ("
                + String.join(", ", split.qualifiers()) + ") and is not coded");
        if (parts.codes.isEmpty()) {
            notes.add("no sign, symptom, abnormal finding or established condition in the statement to code instead:"
                    + " ask the provider for them, or whether " + uncertain + " is confirmed");
        } else {
            notes.add("coded instead: " + quoted(split.certain()));
        }
        parts.questions.add(0, new OpenQuestion(QUESTION, "Is " + uncertain + " confirmed by the provider? In the "
                + "outpatient setting an uncertain diagnosis is not coded (Guidelines Section IV.H).",
                List.of(new OpenQuestion.Answer(CONFIRMED, "confirmed: code it as established"),
                        new OpenQuestion.Answer(NOT_CONFIRMED, "not confirmed: code only the signs, symptoms and "
                                + "established conditions documented")),
                NOT_CONFIRMED));
        return parts.result(statement, notes);
    }

    /** Sections II.H and III.C (inpatient), or a provider's confirmation: coded as if established. */
    private EncodeResult established(String statement, Uncertainty.Split split, EncodeOptions options,
            boolean confirmed) {
        String uncertain = quoted(split.uncertain());
        String why = confirmed ? "confirmed by the provider" : "inpatient setting: an uncertain diagnosis at discharge";
        List<String> sections = confirmed ? List.of() : List.of("II.H", "III.C");
        String step = why + " (" + String.join(", ", split.qualifiers()) + ") is coded as if established"
                + (confirmed ? "" : " (II.H, III.C)");
        Parts parts = new Parts();
        for (String u : split.uncertain()) {
            parts.add(engine.encodeCertain(u, options), step, sections, false);
        }
        String symptomStep = "documented with " + uncertain + ", coded as established, and not coded separately: a"
                + " sign or symptom routinely associated with it (I.B.5) or a code its combination code covers (I.B.9)";
        List<String> dropped = new ArrayList<>();
        for (String c : split.certain()) {
            dropped.addAll(parts.add(engine.encodeCertain(c, options), "documented with " + uncertain,
                    List.of(), true));
        }
        List<String> notes = new ArrayList<>();
        notes.add((confirmed ? "confirmed by the provider: " : "inpatient setting (Guidelines Sections II.H, III.C): ")
                + uncertain + " is coded as if established");
        if (!dropped.isEmpty()) {
            notes.add(symptomStep + ": " + String.join(", ", dropped));
        }
        return parts.result(statement, notes);
    }

    /** The codes of the parts coded so far, in order, each once. */
    private final class Parts {
        final Map<IcdCmCode, EncodedCode> codes = new LinkedHashMap<>();
        final List<OpenQuestion> questions = new ArrayList<>();

        /**
         * Adds the part's codes with the setting step in their trails; when {@code secondary}, leaves out signs and
         * symptoms and codes of a category already coded, and returns them.
         */
        List<String> add(EncodeResult r, String step, List<String> sections, boolean secondary) {
            List<String> dropped = new ArrayList<>();
            for (EncodedCode c : r.codes()) {
                if (secondary && (c.code().value().startsWith("R") || codes.keySet().stream()
                        .anyMatch(k -> k.category().equals(c.code().category())))) {
                    dropped.add(c.code().dotted() + " " + c.title());
                    continue;
                }
                codes.putIfAbsent(c.code(), c.withStep(step, sections));
            }
            questions.addAll(r.questions());
            return dropped;
        }

        EncodeResult result(String statement, List<String> notes) {
            String text = Statement.truncate(statement);
            return new EncodeResult(text, List.copyOf(codes.values()), questions, List.of(), engine.releaseName(),
                    notes);
        }
    }


    private static String quoted(List<String> parts) {
        return "\"" + String.join("\", \"", parts) + "\"";
    }
}

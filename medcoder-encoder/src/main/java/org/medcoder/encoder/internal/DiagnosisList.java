package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * A problem list written on one line with semicolons ("BPH; CHF", "GERD; OSA"): each semicolon-separated part is a
 * diagnosis of its own, and every documented coexisting condition is coded (Guidelines Section IV.J; Section III
 * for inpatients). The statement is coded as a whole first (a part may qualify another: "... ; no current
 * treatment", "... ; alcohol dependence" beside alcoholic cirrhosis); a part none of whose codes' categories the
 * whole statement's codes hold was lost there, and is coded alone and put in its place in the list.
 */
final class DiagnosisList {

    /** Codes a part's lookup gives when it names no condition ("Encounter (with health service)", ill-defined). */
    static final Set<String> NOTHING_STATED = Set.of("Z76.89", "R69", "R68.89", "T75.89XA", "R99");

    private DiagnosisList() {
    }

    /** Literal pre-check (hot path): only a statement with a semicolon between two words is a list. */
    static boolean mayApply(String statement) {
        int at = statement.indexOf(';');
        return at > 0 && at < statement.strip().length() - 1;
    }

    /**
     * The statement ({@code text}: the {@code original} without the clauses it rules out, {@link RuledOut}) coded
     * whole by {@code coder}, then, when it is a list, with the parts it lost added; history codes after the
     * current conditions ({@link HistoryLast}).
     */
    static EncodeResult encode(String original, String text, Function<String, EncodeResult> coder) {
        // A relative's condition is a family history, not the patient's condition (I.C.21.c.4, Z80-Z84).
        String own = FamilyHistory.relativesAsFamilyHistory(text);
        EncodeResult whole = coder.apply(own);
        EncodeResult r = HistoryLast.order(mayApply(own) ? apply(own, whole, coder) : whole);
        if (text.equals(original) && own.equals(text)) {
            return r;
        }
        List<String> notes = new ArrayList<>(r.notes());
        if (!own.equals(text)) {
            notes.add("a relative's condition is a family history, not the patient's (I.C.21.c.4); coded: \"" + own
                    + "\"");
        }
        if (!text.equals(original)) {
            notes.add("a condition the statement rules out is absent and not coded (IV.H); coded: \"" + text + "\"");
        }
        return new EncodeResult(original, r.codes(), r.questions(), r.nearestTerms(), r.release(), notes);
    }

    /**
     * The whole statement's result with the parts it lost added in their places; the result itself when it lost
     * none. {@code coder} codes a text (the whole engine, uncertainty and setting included).
     */
    static EncodeResult apply(String statement, EncodeResult whole, Function<String, EncodeResult> coder) {
        String[] parts = statement.split(";");
        // An uncertain diagnosis in the list: SettingRule already coded each clause as the setting requires (IV.H,
        // II.H), and left out the symptoms an inpatient diagnosis covers (I.B.5).
        if (parts.length < 2 || whole.codes().isEmpty() || Uncertainty.of(Statement.truncate(statement)) != null) {
            return whole;
        }
        Set<String> held = categories(whole.codes());
        // A part that only says how the injury happened ("; fell while ice skating", "; fall") is the event the whole
        // statement's external cause code tells (I.C.20.a), not lost: neither another cause read from fewer words
        // nor the symptom "Falling" of R29.6 "Repeated falls".
        boolean told = whole.codes().stream().anyMatch(DiagnosisList::howItHappened);
        List<List<EncodedCode>> lost = new ArrayList<>();
        List<OpenQuestion> questions = new ArrayList<>(whole.questions());
        boolean anyLost = false;
        for (String part : parts) {
            // A part about a relative describes the relative, not the patient (I.C.21.c.4).
            List<EncodedCode> own = part.isBlank() || FamilyHistory.aboutRelative(part) ? List.of()
                    : lostCodes(coder.apply(part.strip()), held, told, questions);
            lost.add(own);
            anyLost |= !own.isEmpty();
        }
        if (!anyLost) {
            return whole;
        }
        List<EncodedCode> out = new ArrayList<>();
        boolean wholePlaced = false;
        for (List<EncodedCode> own : lost) {
            if (!own.isEmpty()) {
                out.addAll(own);
            } else if (!wholePlaced) {
                out.addAll(whole.codes()); // the codes the whole statement gave, at its first part they cover
                wholePlaced = true;
            }
        }
        if (!wholePlaced) {
            out.addAll(whole.codes());
        }
        return new EncodeResult(whole.statement(), Coding.dedupe(out), questions, List.of(), whole.release(),
                whole.notes());
    }

    /**
     * The part's codes when none of their categories is held and, if the whole statement told how the injury happened
     * ({@code told}), they are more than external causes and "Falling" (the part was lost), each with its step.
     */
    private static List<EncodedCode> lostCodes(EncodeResult r, Set<String> held, boolean told,
            List<OpenQuestion> questions) {
        if (r.codes().isEmpty() || told && r.codes().stream().allMatch(DiagnosisList::howItHappened)) {
            return List.of();
        }
        for (EncodedCode c : r.codes()) {
            if (held.contains(c.code().category().value()) || NOTHING_STATED.contains(c.code().dotted())) {
                return List.of();
            }
        }
        questions.addAll(r.questions());
        List<EncodedCode> out = new ArrayList<>();
        for (EncodedCode c : r.codes()) {
            out.add(c.withStep("stated as its own diagnosis in a list separated by semicolons: coded as a coexisting "
                    + "condition (IV.J)", List.of("IV.J")));
        }
        return out;
    }

    /**
     * Whether the code says how an injury happened (V00-Y89) or is "Falling" R29.6; the activity, place and status
     * (Y90-Y99, I.C.20.b-k) are details a part may add.
     */
    private static boolean howItHappened(EncodedCode c) {
        String v = c.code().value();
        return v.equals("R296") || ExternalCauses.cause(v) && !(v.charAt(0) == 'Y' && v.compareTo("Y90") >= 0);
    }

    private static Set<String> categories(List<EncodedCode> codes) {
        Set<String> out = new HashSet<>();
        for (EncodedCode c : codes) {
            out.add(c.code().category().value());
        }
        return out;
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A list of signs and symptoms joined by "and" or commas ("cough and fever", "dysuria and frequency", "chest pain
 * and anxiety"): the statement coded whole gives the code of its first item only, since the index path explains
 * one symptom. Each documented sign or symptom not routinely part of a coded condition is coded (I.B.4, I.B.6;
 * outpatient IV.D: symptoms are coded when no diagnosis is established). Applies only when every code of the
 * whole statement is a symptom code (R00-R99); an item whose words the whole statement's index path used
 * ("fever and chills": Fever, with chills R50.9; "nausea and vomiting": Nausea, with vomiting R11.2) or whose code
 * is held already is not lost and adds nothing.
 */
final class SymptomList {

    private static final Pattern ITEMS = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final String STEP = "documented with the other signs and symptoms of the statement and not part of"
            + " a coded condition: coded as well (I.B.4, I.B.6, IV.D)";

    private SymptomList() {
    }

    /** {@code whole} (the statement coded whole) with the items it lost coded by {@code coder} and put in place. */
    static EncodeResult apply(String statement, EncodeResult whole, Function<String, EncodeResult> coder) {
        // Literal pre-check first (hot path): a list needs "and" or a comma, and a result of symptom codes only.
        if (statement == null || whole.codes().isEmpty() || !statement.contains(" and ") && statement.indexOf(',') < 0
                || !symptomsOnly(whole.codes())) {
            return whole;
        }
        String[] items = ITEMS.split(statement.strip());
        if (items.length < 2 || items.length > 6) {
            return whole;
        }
        Set<String> held = new HashSet<>();
        StringBuilder paths = new StringBuilder();
        for (EncodedCode c : whole.codes()) {
            held.add(c.code().category().value());
            paths.append(Lower.of(c.trail().indexPath())).append(' ');
        }
        List<EncodedCode> out = new ArrayList<>();
        boolean wholePlaced = false;
        boolean anyLost = false;
        List<String> stems = Words.stems(statement);
        for (String item : items) {
            // An item of a negated list ("without nausea, vomiting, nor diarrhea") is no symptom stated (I.B.4).
            List<EncodedCode> lost = explained(item, paths) || Negated.listed(Words.stems(item), stems) ? List.of()
                    : lost(coder.apply(item), held, whole.codes());
            if (!lost.isEmpty()) {
                anyLost = true;
                out.addAll(lost);
                lost.forEach(c -> held.add(c.code().category().value()));
            } else if (!wholePlaced) {
                out.addAll(whole.codes());
                wholePlaced = true;
            }
        }
        if (!anyLost) {
            return whole;
        }
        if (!wholePlaced) {
            out.addAll(whole.codes());
        }
        return new EncodeResult(whole.statement(), Coding.dedupe(out), whole.questions(), List.of(), whole.release(),
                whole.notes());
    }

    private static boolean symptomsOnly(List<EncodedCode> codes) {
        for (EncodedCode c : codes) {
            if (c.code().value().charAt(0) != 'R') {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the item (its first five letters) is in the index paths of the whole statement's codes. */
    private static boolean explained(String item, CharSequence paths) {
        String p = paths.toString();
        for (String w : Lower.of(item).split("[^a-z]+")) {
            if (w.length() >= 4 && p.contains(w.substring(0, Math.min(5, w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The item's codes when none of their categories is held and it names a condition, each with its step. */
    private static List<EncodedCode> lost(EncodeResult r, Set<String> held, List<EncodedCode> whole) {
        if (r.codes().isEmpty()) {
            return List.of();
        }
        for (EncodedCode c : r.codes()) {
            // Another symptom of a category held is still lost ("shortness of breath and wheezing": R06.02, R06.2)
            // when the whole statement's path did not use its words; a non-symptom of a held category is not.
            boolean heldHere = c.code().value().charAt(0) == 'R' ? whole.stream().anyMatch(w -> w.code().equals(c.code()))
                    : held.contains(c.code().category().value());
            if (heldHere || DiagnosisList.NOTHING_STATED.contains(c.code().dotted())) {
                return List.of();
            }
        }
        List<EncodedCode> out = new ArrayList<>();
        for (EncodedCode c : r.codes()) {
            out.add(c.withStep(STEP, List.of("I.B.4", "I.B.6", "IV.D")));
        }
        return out;
    }
}

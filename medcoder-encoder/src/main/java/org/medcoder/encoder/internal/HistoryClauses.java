package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodedCode;

/**
 * The clauses of a statement ({@link StatedConditions}) with the "with" clause of a history kept in the history when
 * the index codes the history's condition with it by one code of an infection or in situ neoplasm ("history of Lyme
 * disease with chronic arthritis": A69.23; "prior infection with hepatitis A": B15.9). A history clause goes on over
 * "with" ({@link StatedClauses}) and {@link SecondCodes} has coded it whole, as a history or, with a current
 * manifestation, as the condition present (I.C.21.c.4, {@link PastCondition#present}): a combination's part is no
 * condition of its own (I.A.15, I.B.9). Not "history of hepatitis C with cirrhosis": B19.20 with or without the
 * cirrhosis, which stays a condition of its own (K74.60).
 */
final class HistoryClauses {

    private final Engine engine;
    private final PastCondition past;

    HistoryClauses(Engine engine, PastCondition past) {
        this.engine = engine;
        this.past = past;
    }

    /** The clauses, each history's combined "with" clause joined to it, renumbered. */
    List<StatedConditions.Clause> whole(List<StatedConditions.Clause> clauses, EncodeOptions options) {
        List<StatedConditions.Clause> out = new ArrayList<>(clauses.size());
        for (StatedConditions.Clause c : clauses) {
            StatedConditions.Clause last = out.isEmpty() ? null : out.get(out.size() - 1);
            String past = last == null || !c.connector().equals("with") ? null : PastCondition.condition(last.text());
            if (past != null && combined(past, c.text(), options)) {
                String text = last.text() + " with " + c.text();
                out.set(out.size() - 1, new StatedConditions.Clause(text, last.connector(), last.index(),
                        List.copyOf(Words.stems(text))));
            } else {
                out.add(c.index() == out.size() ? c
                        : new StatedConditions.Clause(c.text(), c.connector(), out.size(), c.stems()));
            }
        }
        return out;
    }

    /**
     * Whether the index codes {@code condition} "with" {@code part} by one code of an infection or in situ neoplasm
     * other than the condition's own, or by its category's code for other manifestations ("lyme disease with
     * carditis": A69.29, {@link PastCondition#present}): the part is then what the combination code says (I.A.15,
     * I.B.9).
     */
    private boolean combined(String condition, String part, EncodeOptions options) {
        String words = condition + " with " + part;
        List<EncodedCode> whole = engine.encodePlain(words, options).codes();
        if (!whole.isEmpty() && past.present(words, whole.get(0), options, w -> engine.encodePlain(w, options))
                .filter(p -> p != whole.get(0)).isPresent()) {
            return true;
        }
        if (whole.size() != 1 || !PastCondition.classified(whole.get(0).code().value())) {
            return false;
        }
        List<EncodedCode> alone = engine.encodePlain(condition, options).codes();
        return alone.isEmpty() || !alone.get(0).code().equals(whole.get(0).code());
    }
}

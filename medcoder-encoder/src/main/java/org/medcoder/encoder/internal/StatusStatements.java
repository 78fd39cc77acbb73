package org.medcoder.encoder.internal;

import java.util.function.Function;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * Statements whose status or encounter words are coded apart from the condition (chapter 21 and the Z17 status):
 * receptor status beside a malignancy ({@link ReceptorStatus}), a routine examination with findings
 * ({@link ExamFindings}), a family history ({@link FamilyHistory}). Each part is coded by {@code encoder}, which
 * codes a statement as a whole.
 */
final class StatusStatements {

    private final ReceptorStatus receptors;
    private final FamilyHistory family;

    StatusStatements(ReceptorStatus receptors, FamilyHistory family) {
        this.receptors = receptors;
        this.family = family;
    }

    /** The statement's codes when one of the rules applies, else null. */
    EncodeResult encode(String statement, EncodeOptions options, Function<String, EncodeResult> encoder) {
        String ageless = Ages.without(statement);
        if (ageless != statement) {
            EncodeResult r = encoder.apply(ageless);
            return new EncodeResult(statement, r.codes(), r.questions(), r.nearestTerms(), r.release(), r.notes());
        }
        ReceptorStatus.Stated stated = ReceptorStatus.stated(statement);
        if (stated != null && !stated.rest().isBlank()) {
            EncodeResult r = receptors.apply(statement, stated, encoder.apply(stated.rest()), options);
            if (r != null) {
                return r;
            }
        }
        EncodeResult relatives = family.encode(statement, options, encoder);
        return relatives != null ? relatives : ExamFindings.encode(statement, encoder);
    }
}

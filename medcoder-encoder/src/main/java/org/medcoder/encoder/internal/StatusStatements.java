package org.medcoder.encoder.internal;

import java.util.function.Function;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * Statements whose status or encounter words are coded apart from the condition (chapter 21 and the Z17 status):
 * receptor status beside a malignancy ({@link ReceptorStatus}), a routine examination with findings
 * ({@link ExamFindings}), a drug allergy status or a drug ingested ({@link DrugStatements}), a family history
 * ({@link FamilyHistory}), an exposure to a communicable disease ({@link Exposure}). Each part is coded by
 * {@code encoder}, which codes a statement as a whole.
 */
final class StatusStatements {

    private final ReceptorStatus receptors;
    private final DrugStatements drugs;
    private final FamilyHistory family;
    private final Exposure exposure;

    StatusStatements(ReceptorStatus receptors, DrugStatements drugs, FamilyHistory family) {
        this.receptors = receptors;
        this.drugs = drugs;
        this.family = family;
        this.exposure = family.exposures();
    }

    /** The statement's codes when one of the rules applies, else null. */
    EncodeResult encode(String statement, EncodeOptions options, Function<String, EncodeResult> encoder) {
        // An age in years is who the patient is, not a condition ("12-year-old" is no "Old age" R54; I.B.1).
        String ageless = Ages.without(statement);
        if (ageless != statement) {
            EncodeResult r = encoder.apply(ageless);
            return new EncodeResult(statement, r.codes(), r.questions(), r.nearestTerms(), r.release(), r.notes());
        }
        // A drug allergy stated as a status (Z88.-, I.C.21.c.3); a drug ingested read as its poisoning (I.C.19.e.5.b).
        EncodeResult allergy = drugs.allergyStatus(statement, options);
        if (allergy != null) {
            return allergy;
        }
        String ingested = drugs.reworded(statement);
        if (!ingested.equals(statement)) {
            return encoder.apply(ingested);
        }
        ReceptorStatus.Stated stated = ReceptorStatus.stated(statement);
        if (stated != null && !stated.rest().isBlank()) {
            EncodeResult r = receptors.apply(statement, stated, encoder.apply(stated.rest()), options);
            if (r != null) {
                return r;
            }
        }
        EncodeResult relatives = family.encode(statement, options, encoder);
        EncodeResult exposed = relatives != null ? relatives : exposure.encode(statement, options, encoder);
        return exposed != null ? exposed : ExamFindings.encode(statement, encoder);
    }
}

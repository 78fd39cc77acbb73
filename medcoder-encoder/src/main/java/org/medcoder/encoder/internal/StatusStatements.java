package org.medcoder.encoder.internal;

import java.util.function.Function;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * Statements whose status or encounter words are coded apart from the condition (chapter 21 and the Z17 status):
 * receptor status beside a malignancy ({@link ReceptorStatus}), a routine examination with findings
 * ({@link ExamFindings}), a drug allergy status or a drug ingested ({@link DrugStatements}), a family history
 * ({@link FamilyHistory}), an exposure to a communicable disease ({@link Exposure}), a suspected abuse ruled out
 * ({@link AbuseRuledOut}). Each part is coded by {@code encoder}, which codes a statement as a whole.
 */
final class StatusStatements {

    private final ReceptorStatus receptors;
    private final DrugStatements drugs;
    private final FamilyHistory family;
    private final Exposure exposure;
    private final AbuseRuledOut ruledOut;

    StatusStatements(ReceptorStatus receptors, DrugStatements drugs, FamilyHistory family, Exposure exposure,
            AbuseRuledOut ruledOut) {
        this.receptors = receptors;
        this.drugs = drugs;
        this.family = family;
        this.exposure = exposure;
        this.ruledOut = ruledOut;
    }

    /**
     * The statement's codes when one of the rules applies, else null. The family history and exposure rules run only
     * when {@code relatives} is set; {@code plain} codes their parts without them (no reentrancy).
     */
    EncodeResult encode(String statement, EncodeOptions options, boolean relatives,
            Function<String, EncodeResult> encoder, Function<String, EncodeResult> plain) {
        // An age in years is who the patient is, not a condition ("12-year-old" is no "Old age" R54; I.B.1).
        String ageless = Ages.without(statement);
        if (ageless != statement) {
            EncodeResult r = encoder.apply(ageless);
            return new EncodeResult(statement, r.codes(), r.questions(), r.nearestTerms(), r.release(), r.notes());
        }
        // A suspected abuse ruled out is an observation, not T76 (I.C.19.f); a drug allergy stated as a status (Z88.-,
        // I.C.21.c.3); a drug ingested or taken in excess read as its poisoning, a manifestation "after" it as "due to"
        // it (I.C.19.e.5.b).
        EncodeResult observed = ruledOut.encode(statement, options);
        EncodeResult allergy = observed != null ? observed : drugs.allergyStatus(statement, options);
        if (allergy != null) {
            return allergy;
        }
        String ingested = drugs.reworded(OverdoseWording.reworded(statement));
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
        EncodeResult related = relatives ? family.encode(statement, options, encoder, plain) : null;
        EncodeResult exposed = related != null || !relatives ? related : exposure.encode(statement, options, plain);
        return exposed != null ? exposed : ExamFindings.encode(statement, encoder);
    }
}

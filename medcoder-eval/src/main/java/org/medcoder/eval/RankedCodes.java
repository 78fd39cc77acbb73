package org.medcoder.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * What a coder proposed for one document, best first, and the further candidates it ranked below its proposal
 * threshold. Precision, recall and F1 score the proposals; MAP scores the whole ranking (proposals, then
 * further candidates), as the CodiEsp ranking task intends.
 *
 * @param diagnoses      ICD-10-CM codes proposed (with or without dots)
 * @param procedures     ICD-10-PCS codes proposed
 * @param moreDiagnoses  ICD-10-CM candidates below the threshold, best first
 * @param moreProcedures ICD-10-PCS candidates below the threshold, best first
 */
public record RankedCodes(List<String> diagnoses, List<String> procedures, List<String> moreDiagnoses,
        List<String> moreProcedures) {

    public RankedCodes {
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
        moreDiagnoses = List.copyOf(moreDiagnoses);
        moreProcedures = List.copyOf(moreProcedures);
    }

    /** Proposals only, no further candidates. */
    public RankedCodes(List<String> diagnoses, List<String> procedures) {
        this(diagnoses, procedures, List.of(), List.of());
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

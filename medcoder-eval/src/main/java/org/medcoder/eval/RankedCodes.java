package org.medcoder.eval;

import java.util.List;

/**
 * What a coder proposed for one document, best first.
 *
 * @param diagnoses  ICD-10-CM codes (with or without dots)
 * @param procedures ICD-10-PCS codes
 */
public record RankedCodes(List<String> diagnoses, List<String> procedures) {

    public RankedCodes {
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
    }
}

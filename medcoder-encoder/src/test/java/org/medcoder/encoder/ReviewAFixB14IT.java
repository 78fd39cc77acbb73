package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review review14 (/work/notes/s14/review-a.md) findings fixed by fixB in session 14: the reviewer's statements and
 * neighbours of our own in no evaluation set; expected codes from the index, the tabular and the guidelines (FY2026,
 * outpatient).
 */
class ReviewAFixB14IT extends OnOfficialFiles {

    /**
     * #6: a history of an infection with a current manifestation of another chapter that the infection's category
     * codes by its code for other manifestations is the infection present (A69.29 "Other conditions associated with
     * Lyme disease", B26.89 "Other mumps complications"), not a history and a code of the manifestation
     * (I.C.21.c.4, I.A.15).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "History of Lyme disease with carditis | A69.29",
        "history of Lyme disease with myocarditis | A69.29",
        "prior Lyme disease with carditis | A69.29",
        "history of mumps with thyroiditis | B26.89",
    })
    void encode_historyWithOtherManifestation_conditionPresent(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** #6 must-not-change: no manifestation, or a category without a code for other manifestations. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "history of Lyme disease | Z86.19",
        "history of mumps | Z86.19",
        "history of hepatitis C with cirrhosis | K74.60 Z86.19",
    })
    void encode_historyWithoutOtherManifestationCode_history(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

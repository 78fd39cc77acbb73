package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review fixes of session 14 (review-a findings 1 and 2), each on statements in no evaluation set (FY2026 codes,
 * DOS 2026-03-01, outpatient).
 */
class ReviewFixAIT extends OnOfficialFiles {

    /**
     * A symptom whose stated cause is coded as a definitive diagnosis is not coded (I.B.4, I.B.5, IV.D): the
     * diagnosis alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chest pain due to GERD | K21.9",
        "Fatigue due to hypothyroidism | E03.9",
        "Seizure due to hypoglycemia | E16.2",
        "Syncope due to dehydration | E86.0",
        "Abdominal pain due to constipation | K59.00",
        "Hematuria due to kidney stone | N20.0",
    })
    void encode_symptomWithItsStatedCause_diagnosisOnly(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A "code first" note's condition is coded only when the statement documents it, not from the main condition's
     * own words (I.A.13): no hypertensive heart disease without hypertension; with it, I11.0 first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bilateral leg edema due to heart failure | I50.9",
        "Heart failure due to hypertension | I11.0 I50.9",
    })
    void encode_codeFirstNote_onlyWhenItsConditionIsStated(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

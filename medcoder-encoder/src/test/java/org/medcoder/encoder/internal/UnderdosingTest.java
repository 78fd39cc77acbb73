package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnderdosingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hypertension, pt stopped amlodipine on her own | amlodipine",
        "atrial fibrillation, he reduced warfarin because of bruising | warfarin",
        "copd, stopped tiotropium due to cost | tiotropium",
        "diabetes, skipping insulin doses | insulin",
    })
    void underdosed_patientAgencyOrReason_drug(String in, String drug) {
        assertThat(Underdosing.underdosed(in)).contains(drug);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "stopped lisinopril due to cough",
        "chronic kidney disease, reduced metformin dose",
        "angioedema, lisinopril stopped",
    })
    void underdosed_providerDiscontinued_empty(String in) {
        // I.C.19.e.5.c: discontinuing is underdosing only on the patient's own initiative.
        assertThat(Underdosing.underdosed(in)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stopped metoprolol due to cost", "cannot afford inhaler", "financial hardship"})
    void hardship_financialReason_true(String in) {
        assertThat(Underdosing.hardship(in)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"costochondritis, stopped ibuprofen on his own", "costal margin tenderness, forgot meds"})
    void hardship_costAsPartOfWord_false(String in) {
        assertThat(Underdosing.hardship(in)).isFalse();
    }
}

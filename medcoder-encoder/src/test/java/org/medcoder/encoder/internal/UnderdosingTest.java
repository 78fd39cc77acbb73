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

    /** One list of intent words (review s8 #15), with a caregiver as subject first (Z91.A-, I.C.19.e.5.c). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "underdosing of insulin, patient forgot doses | UNINTENTIONAL | Z91.138",
        "underdosing of warfarin, patient refused | INTENTIONAL | Z91.128",
        "underdosing of insulin due to cost | HARDSHIP | Z91.120",
        "underdosing of insulin, mother forgot to give doses | CAREGIVER_UNINTENTIONAL | Z91.A3",
        "underdosing of digoxin, nurse deliberately withheld doses | CAREGIVER_INTENTIONAL | Z91.A28",
        "underdosing of inhaler, parents could not afford it | CAREGIVER_HARDSHIP | Z91.A20",
        "underdosing of phenytoin, caregiver did not give doses | CAREGIVER_OTHER | Z91.A48",
        "underdosing of phenytoin | NONE | ",
    })
    void intent_statedWords_intentAndCode(String t, Underdosing.Intent intent, String code) {
        assertThat(Underdosing.intent(t)).isEqualTo(intent);
        assertThat(Underdosing.intentCode(intent, t)).isEqualTo(code);
    }
}

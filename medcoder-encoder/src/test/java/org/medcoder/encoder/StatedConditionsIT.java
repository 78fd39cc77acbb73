package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second and further codes the statement itself states (encstated2 loop), on the official FY2026 files. Every
 * statement here is in no evaluation set; the expected codes were written from the Alphabetic Index, the Tabular
 * List notes and the Official Guidelines FY2026 before the encoder was run on them.
 */
class StatedConditionsIT extends OnOfficialFiles {

    /** Severe sepsis: the systemic infection, R65.2-, then the organ dysfunction stated (I.C.1.d.1.b, I.C.1.d.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "severe sepsis due to Pseudomonas with acute kidney failure | A41.52 R65.20 N17.9",
        "septic shock due to MSSA sepsis | A41.01 R65.21",
        "septic shock with acute kidney failure | A41.9 R65.21 N17.9",
    })
    void encode_severeSepsis_infectionThenR652ThenOrganDysfunction(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Pairs the classification codes both of: notes, HIV, organisms, acute on chronic (I.A.13, I.C.1, I.B.8). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AIDS with oral candidiasis | B20 B37.0",
        "acute cystitis due to Pseudomonas aeruginosa | N30.00 B96.5",
        "type 1 diabetes mellitus with diabetic gastroparesis | E10.43 K31.84",
        "acute kidney injury superimposed on chronic kidney disease stage 3b | N17.9 N18.32",
        "hypertensive urgency with essential hypertension | I16.0 I10",
    })
    void encode_statedPair_bothCodedInSequence(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A combination code that names the cause takes no B95-B97 code (I.B.9). */
    @Test
    void encode_combinationCodeNamingTheOrganism_noSupplementaryOrganismCode() {
        assertThat(encoder.encode("pneumonia due to Pseudomonas aeruginosa").codesText()).isEqualTo("J15.1");
    }

    /** Underdosing: the condition, the T code, then the noncompliance code saying the intent (I.C.19.e.5.c). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "heart failure due to unintentional underdosing of furosemide, initial encounter | I50.9 T50.1X6A Z91.138",
        "essential hypertension, patient stopped taking lisinopril due to financial hardship, initial encounter"
                + " | I10 T46.4X6A Z91.120",
    })
    void encode_underdosingWithIntent_conditionThenTCodeThenNoncompliance(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * External causes the statement states, with the injury's 7th character. An insect bite's injury code names the
     * cause but not the intent, so W57 is still added (I.C.20.a.3, I.C.20.a.8: none only when cause and intent are both
     * in the code, as in T63.4-).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cat bite of left hand, initial encounter | S61.452A W55.01XA",
        "second degree burn of left forearm from hot tea, initial encounter | T22.212A X10.0XXA",
        "laceration of left thumb without foreign body and without damage to nail from a kitchen knife,"
                + " initial encounter | S61.012A W26.0XXA",
        "insect bite of right forearm, initial encounter | S50.861A W57.XXXA",
    })
    void encode_injuryWithStatedCause_externalCauseAfter(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_statedCondition_trailSaysWhyItWasKept() {
        EncodeResult r = encoder.encode("hypertensive urgency with essential hypertension");
        assertThat(r.codes().get(1).trail().tabular()).anyMatch(s -> s.contains("stated in the statement")
                && s.contains("I.A.13"));
        EncodeResult sepsis = encoder.encode("severe sepsis with acute hepatic failure");
        assertThat(sepsis.codes().get(0).trail().guidelines()).contains("I.C.1.d.1.b");
    }
}

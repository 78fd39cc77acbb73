package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * encsweep5 (session 11) on the official FY2026 files: place (Y92) and status (Y99) after the cause and activity
 * (I.C.20.b, I.C.20.d, I.C.20.k), the activity after a bare "playing" (I.C.20.c), the chemical of a corrosion from
 * the Table of Drugs and Chemicals with no external cause after it (I.C.19.e.5.b, I.C.20.a.8), the extent of burns
 * (T31/T32, I.C.19.d.6). None of these statements is in an evaluation set; the expected codes were written from the
 * Index to External Causes, the Table of Drugs and Chemicals and the FY2026 Tabular List.
 */
class ExternalCauseSettingIT extends OnOfficialFiles {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fracture of left wrist after falling down the stairs at home, initial encounter | S62.102A W10.9XXA Y92.009",
        "laceration of right hand from a kitchen knife while cooking in her apartment, initial encounter"
            + " | S61.411A W26.0XXA Y92.039 Y93.G3",
        "sprain of right ankle while playing soccer at the high school, initial encounter | S93.401A Y92.213 Y93.66",
        "contusion of left knee from fall off a ladder at work, initial encounter | S80.02XA W11.XXXA Y99.0",
        "right ankle sprain playing basketball, initial encounter | S93.401A Y93.67",
    })
    void encode_documentedPlaceOrStatus_y92Y99AfterTheCause(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** No place or status at a later encounter, for words that are no place, without another external cause code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sprain of left knee, fall from ladder at home, subsequent encounter | S83.92XD W11.XXXD",
        "insect in right ear canal, initial encounter | T16.1XXA W44.F4XA",
        "left ankle sprain at home, initial encounter | S93.402A",
    })
    void encode_noDocumentedSettingOrLaterEncounter_noY92Y99(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "accidental lye corrosion of left forearm, second degree, initial encounter | T54.3X1A T22.612A",
        "second degree burns of back, 15% of body surface, initial encounter | T21.24XA T31.10",
    })
    void encode_corrosionOrStatedExtent_tableAgentAndExtent(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

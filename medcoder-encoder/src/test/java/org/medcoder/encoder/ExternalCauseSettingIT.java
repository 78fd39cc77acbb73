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

    /**
     * review-a R1-R3, R5, SC2, SC3 (fixevent11): place and status come only from the event's own clauses, never
     * from a negated one or one describing the person's home or past (I.C.20.b, I.C.20.k).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fall, not at work, contusion of lower back, initial encounter | S30.0XXA W19.XXXA",
        "fell from ladder, not at home, contusion of left hip, initial encounter | S70.02XA W11.XXXA",
        "slipped on ice, not while working, sprain of right wrist, initial encounter | S63.501A W00.0XXA",
        // A veteran's service is no military status at the event (no Y99.1) but a personal history Z91.85 (I.C.21.c.4).
        "military veteran, fall from ladder, contusion of right shoulder, initial encounter | S40.011A W11.XXXA Z91.85",
        "retired from the military, fell from ladder, contusion of right shoulder, initial encounter"
            + " | S40.011A W11.XXXA",
        "former volunteer firefighter, fell from ladder, contusion of left knee, initial encounter | S80.02XA W11.XXXA",
        "contusion of right knee, fall, initial encounter, patient lives in a nursing home | S80.01XA W19.XXXA",
        "sprain of left ankle, fall from ladder, initial encounter, resides in an apartment | S93.402A W11.XXXA",
    })
    void encode_negatedOrBackgroundClause_noY92Y99(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The event's own clause still gives its status; "recreational vehicle" is a vehicle, not a status. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "contusion of left shoulder from fall off ladder during military training, initial encounter"
            + " | S40.012A W11.XXXA Y99.1",
        "fall at work, contusion of left knee, initial encounter | S80.02XA W19.XXXA Y99.0",
    })
    void encode_statusOfTheEvent_y99(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "contusion of right knee after fall from recreational vehicle step, initial encounter",
    })
    void encode_recreationalVehicle_noStatus(String statement) {
        assertThat(encoder.encode(statement).codesText()).doesNotContain("Y99");
    }

    /**
     * A street or sidewalk stated as the place of a fall is coded after its cause (I.C.20.b; Index to External
     * Causes: Place of occurrence, sidewalk Y92.480), as any place after "at" or "in" is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "contusion of left hip after slipping on ice on the sidewalk, initial encounter | Y92.480",
        "laceration of left hand on a broken window at home, initial encounter | Y92.009",
    })
    void encode_placeOfAFall_y92(String statement, String place) {
        assertThat(encoder.encode(statement).codesText()).contains(place);
    }

    /**
     * pfixB (session 13): "on the highway" in a transport accident is the traffic axis the V code already carries
     * (V00-V99 definition (c): a traffic accident is one on the public highway), not a separate Y92.41- place.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "driver of pickup truck in collision with a car on the interstate highway, sprain of neck, initial encounter",
        "pedestrian struck by car on the highway, contusion of right hip, initial encounter",
        "lumbar strain, passenger of bus that collided with a truck on the freeway, initial encounter",
    })
    void encode_transportAccidentOnAHighway_noPlace(String statement) {
        assertThat(encoder.encode(statement).codesText()).contains("V").doesNotContain("Y92");
    }

    /** review13 finding 7: a sidewalk or parking lot is not the public highway; it stays the place (Y92.48-). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pedestrian struck by car on the sidewalk, contusion of left hip, initial encounter | Y92.480",
        "hip contusion, pedestrian struck by car on the sidewalk | Y92.480",
    })
    void encode_transportAccidentOffTheHighway_place(String statement, String place) {
        assertThat(encoder.encode(statement).codesText()).contains("V").contains(place);
    }

    /** review-a R4/SC4: a bare "playing" is the activity only in the event's clause, not history or hobby (I.C.20.c). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sprain of right knee, initial encounter, stopped playing football years ago | S83.91XA",
        "contusion of left ankle, fall, initial encounter, enjoys playing tennis | S90.02XA W19.XXXA",
        "sprain of left wrist playing volleyball, initial encounter | S63.502A Y93.68",
    })
    void encode_playingOutsideTheEvent_noActivity(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** review-a W1: the chemical of a corrosion is its T51-T65 code, never looked up again as a condition (K30). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "corrosion of right hand from hydrochloric acid, accidental, second degree, initial encounter"
            + " | T54.2X1A T23.601A",
        "corrosion of right hand from hydrochloric acid, intentional self-harm, second degree, initial encounter"
            + " | T54.2X2A T23.601A",
        "corrosion of right foot from sodium hydroxide, accidental, first degree, initial encounter"
            + " | T54.3X1A T25.521A",
    })
    void encode_corrosionChemical_notAManifestation(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * review-a W8, C5: the third-degree share from the degrees stated; with no site, T31/T32 alone (Tabular T31
     * note: the primary code only when the site of the burn is unspecified).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "third degree burn of left foot and second degree burn of left thigh, 15% TBSA, initial encounter"
            + " | T25.322A T24.212A",
        "burns of 25% of body surface with 15% third degree | T31.21",
        "corrosions of 40% of body surface with 20% third degree, initial encounter | T32.42",
        "burns of 12% of body surface, second degree, initial encounter | T31.10",
    })
    void encode_burnExtentFromStatedDegrees(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** review-a C1: place, activity and status codes cite their own sections in the trail. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fell down stairs at home, contusion of right knee, initial encounter | Y92 | I.C.20.b",
        "fall at work, contusion of left knee, initial encounter | Y99 | I.C.20.k",
        "sprain of left wrist playing volleyball, initial encounter | Y93 | I.C.20.c",
    })
    void encode_settingCodes_citeTheirSection(String statement, String category, String section) {
        assertThat(encoder.encode(statement).codes()).filteredOn(c -> c.code().value().startsWith(category))
                .singleElement().satisfies(c -> assertThat(c.trail().guidelines()).contains(section));
    }
}

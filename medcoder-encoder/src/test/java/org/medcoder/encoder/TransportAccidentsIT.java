package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rtE (session 12) on the official FY2026 files: transport accidents read by the axes of "Accident, transport" in the
 * Index to External Causes (I.C.20.a; Tabular chapter 20 definitions): the victim's vehicle is the one named before
 * the collision, the counterpart the one after it, the role without the index's "occupant", animals and fixed objects
 * as the index's "animal" and "stationary object", pedestrian conveyances under "pedestrian, conveyance". None of
 * these statements is in an evaluation set; the expected codes were written from the Index to External Causes and
 * the FY2026 Tabular List.
 */
class TransportAccidentsIT extends OnOfficialFiles {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The victim's vehicle before the collision, the counterpart after it (V43.63, not V53.6; V53.5, not V43.5).
        "laceration of chin, car passenger injured in collision with a pickup truck in traffic accident, initial"
            + " encounter | S01.81XA V43.63XA",
        "contusion of right knee, pickup truck driver injured in collision with a car in traffic accident, initial"
            + " encounter | S80.01XA V53.5XXA",
        // "Accident, transport, pedal cyclist": a bicyclist of unspecified role (V13.9).
        "abrasion of left knee, bicyclist struck by a car in traffic accident, initial encounter | S80.212A V13.9XXA",
        // A fixed object is the index's "stationary object"; a deer an animal ("Contact, with, deer": hoof stock).
        "concussion without loss of consciousness, motorcyclist collided with a tree in traffic accident, initial"
            + " encounter | S06.0X0A V27.99XA",
        "contusion of left knee, car driver hit a deer in traffic accident, initial encounter | S80.02XA V40.5XXA",
        // A vehicle without a collision: the vehicle's own traffic axis (V86.55, V86.06).
        "right ankle sprain, ATV driver injured in nontraffic accident, initial encounter | S93.401A V86.55XA",
        "left wrist sprain, dirt bike driver injured in traffic accident, initial encounter | S63.502A V86.06XA",
        // A pedestrian conveyance ("pedestrian, conveyance, skateboard, fall" V00.131); a pedestrian is on foot.
        "fracture of left distal radius, fall from skateboard, initial encounter | S52.502A V00.131A",
        "pedestrian struck by a bus in traffic accident, contusion of left hip, initial encounter | S70.02XA V04.10XA",
    })
    void encode_transportAccident_victimRoleCounterpartTraffic(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Another main term that reads more of the statement keeps it; a counterpart's clause ends at its comma. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fall from non-moving wheelchair, contusion of left hip, initial encounter | S70.02XA W05.0XXA",
        "car driver injured in collision with a van in traffic, contusion of chest wall, initial encounter"
            + " | S20.20XA V43.54XA",
    })
    void encode_otherMainTermOrLaterClause_notReadAsTransport(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

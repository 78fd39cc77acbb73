package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CauseWordingTest {

    @Test
    void rewrite_tripOrSlipAndFall_sameLevelFall() {
        assertThat(CauseWording.rewrite("sprain of ankle, tripped and fell"))
                .isEqualTo("sprain of ankle, fall on same level from slipping stumbling tripping");
        assertThat(CauseWording.rewrite("bruise after stumbling and falling"))
                .isEqualTo("bruise after fall on same level from slipping stumbling tripping");
    }

    @Test
    void rewrite_fallDownOrFromSomething_unchanged() {
        assertThat(CauseWording.rewrite("tripped and fell down the stairs"))
                .isEqualTo("tripped and fell down the stairs");
        assertThat(CauseWording.rewrite("slipped and fell from a ladder")).isEqualTo("slipped and fell from a ladder");
        assertThat(CauseWording.rewrite("slipped and fell on ice")).isEqualTo("slipped and fell on ice");
    }

    @Test
    void rewrite_bodyPartStruckOnObject_strikingAgainst() {
        assertThat(CauseWording.rewrite("concussion, struck head on cabinet"))
                .isEqualTo("concussion, striking against object cabinet");
        assertThat(CauseWording.rewrite("hit his knee against the wall"))
                .isEqualTo("striking against object wall");
    }

    @Test
    void rewrite_struckByPerson_unchanged() {
        assertThat(CauseWording.rewrite("contusion of face, struck by a fist")).isEqualTo(
                "contusion of face, struck by a fist");
        assertThat(CauseWording.rewrite("struck by a baseball")).isEqualTo("struck by ball baseball");
        // "Struck by, bat or racquet, baseball bat" (W21.11) is no ball.
        assertThat(CauseWording.rewrite("struck by baseball bat")).isEqualTo("struck by baseball bat");
    }

    @Test
    void rewrite_rearEndedByCar_collisionWithCar() {
        assertThat(CauseWording.rewrite("driver rear-ended by another car"))
                .isEqualTo("driver in collision with car in traffic");
        assertThat(CauseWording.rewrite("driver rear-ended by another car in parking lot"))
                .isEqualTo("driver in collision with car in nontraffic accident in parking lot");
        // Review A #33: rear-ended without a stated seat is a car occupant.
        assertThat(CauseWording.rewrite("whiplash after being rear-ended by another car"))
                .isEqualTo("whiplash after being car occupant in collision with car in traffic");
        assertThat(CauseWording.rewrite("rear pain")).isEqualTo("rear pain");
    }

    @Test
    void rewrite_headStruckInVehicleCollision_leftToTransportAccident() {
        // Review A #32: transport accidents V00-V99 come before "Striking against" (W22).
        assertThat(CauseWording.rewrite("concussion, hit head on windshield in car collision"))
                .isEqualTo("concussion, hit head on windshield in car collision");
        assertThat(CauseWording.rewrite("struck head on steering wheel in mvc"))
                .isEqualTo("struck head on steering wheel in mvc");
        // Near-miss: a car part struck outside a collision is an object.
        assertThat(CauseWording.rewrite("hit head on the car door")).isEqualTo("striking against object car door");
    }

    @Test
    void rewrite_walkingTheDog_walkingAnAnimal() {
        // Review A #34: "Activity, walking an animal" (Y93.K1).
        assertThat(CauseWording.rewrite("fall while walking the dog")).isEqualTo("fall while walking an animal");
        assertThat(CauseWording.rewrite("fall while walking to the car")).isEqualTo("fall while walking to the car");
    }

    /** A fall from a pedestrian conveyance in the index's words; the activity kept after "while" (I.C.20.c). */
    @Test
    void rewrite_fallFromConveyance_transportAccidentPedestrianConveyance() {
        assertThat(CauseWording.rewrite("wrist sprain; fell off his snowboard"))
                .isEqualTo("wrist sprain; transport accident pedestrian conveyance snow board fall");
        assertThat(CauseWording.rewrite("knee contusion, fell while cross-country skiing"))
                .isEqualTo("knee contusion, transport accident pedestrian conveyance skis fall while cross-country skiing");
        assertThat(CauseWording.rewrite("fell from the ladder")).isEqualTo("fell from the ladder");
    }

    @Test
    void vehicleFall_fromCycleOrRiddenAnimal_noncollisionTransportAccident() {
        assertThat(CauseWording.vehicleFall("wrist sprain, fell off her bike"))
                .isEqualTo("wrist sprain, transport accident pedal cyclist driver noncollision accident");
        assertThat(CauseWording.vehicleFall("passenger fell from the bicycle in a parking lot"))
                .isEqualTo("passenger transport accident pedal cyclist noncollision accident nontraffic in a parking lot");
        assertThat(CauseWording.vehicleFall("rib contusion, thrown from a pony"))
                .isEqualTo("rib contusion, transport accident animal rider noncollision");
        assertThat(CauseWording.vehicleFall("bucked off his horse"))
                .isEqualTo("transport accident animal rider noncollision specified as horse rider");
        assertThat(CauseWording.vehicleFall("fell from ladder")).isEqualTo("fell from ladder");
        assertThat(CauseWording.vehicleFall("kicked by a horse")).isEqualTo("kicked by a horse");
    }
}

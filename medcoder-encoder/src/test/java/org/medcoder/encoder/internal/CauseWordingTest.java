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
    }

    @Test
    void rewrite_rearEndedByCar_collisionWithCar() {
        assertThat(CauseWording.rewrite("driver rear-ended by another car"))
                .isEqualTo("driver in collision with car in traffic");
        assertThat(CauseWording.rewrite("driver rear-ended by another car in parking lot"))
                .isEqualTo("driver in collision with car in parking lot");
        assertThat(CauseWording.rewrite("rear pain")).isEqualTo("rear pain");
    }
}

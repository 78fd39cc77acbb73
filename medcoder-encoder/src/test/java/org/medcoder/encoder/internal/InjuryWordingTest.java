package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InjuryWordingTest {

    @Test
    void rewrite_distalOrProximalLongBone_indexBoneEnd() {
        assertThat(InjuryWording.rewrite("buckle fracture of distal left radius"))
                .isEqualTo("buckle fracture of lower end of left radius");
        assertThat(InjuryWording.rewrite("fracture of proximal humerus")).isEqualTo("fracture of upper end of humerus");
        assertThat(InjuryWording.rewrite("distal colitis")).isEqualTo("distal colitis");
    }

    @Test
    void rewrite_jointProsthesisComplication_indexWording() {
        assertThat(InjuryWording.rewrite("infection of left hip prosthesis"))
                .isEqualTo("infection of left hip internal joint prosthesis");
        assertThat(InjuryWording.rewrite("loosening of right knee prosthetic joint"))
                .isEqualTo("loosening of right knee internal joint prosthesis");
    }

    @Test
    void rewrite_prosthesisWithoutComplication_unchanged() {
        assertThat(InjuryWording.rewrite("presence of left hip prosthesis")).isEqualTo("presence of left hip prosthesis");
        assertThat(InjuryWording.rewrite("status post right knee replacement"))
                .isEqualTo("status post right knee replacement");
    }

    @Test
    void rewrite_periprostheticFracture_aroundInternalProstheticJointNotT84() {
        // Index: Fracture, traumatic, periprosthetic, around internal prosthetic joint (M97.-), never a T84 wording.
        assertThat(InjuryWording.rewrite("periprosthetic fracture around right hip prosthesis, loosening"))
                .isEqualTo("periprosthetic fracture around internal prosthetic right hip joint, loosening");
        assertThat(InjuryWording.rewrite("periprosthetic fracture of the left total knee arthroplasty"))
                .isEqualTo("periprosthetic fracture around internal prosthetic left knee joint");
    }

    @Test
    void rewrite_prostheticJointInfection_infectionOfTheProsthesis() {
        assertThat(InjuryWording.rewrite("prosthetic joint infection of right knee"))
                .isEqualTo("infection of right knee internal joint prosthesis");
        assertThat(InjuryWording.rewrite("infected left hip arthroplasty"))
                .isEqualTo("infected left hip internal joint prosthesis");
    }
}

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
    void rewrite_prosthesisWithoutComplicationOrPeriprostheticFracture_unchanged() {
        assertThat(InjuryWording.rewrite("presence of left hip prosthesis")).isEqualTo("presence of left hip prosthesis");
        assertThat(InjuryWording.rewrite("periprosthetic fracture around right hip prosthesis, loosening"))
                .isEqualTo("periprosthetic fracture around right hip prosthesis, loosening");
    }
}

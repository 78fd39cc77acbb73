package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SideWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "l femoral vein dvt | left femoral vein dvt",
        "chronic r popliteal dvt | chronic right popliteal dvt",
        "cataract od | cataract right eye",
        "amd os with active cnv | amd left eye with active cnv",
        "cerumen impaction au | cerumen impaction bilateral",
        "a/c hfpef | acute on chronic hfpef",
        "dense breasts bilaterally | dense breasts bilateral",
        "bilateral osteoarthritis of hips | bilateral osteoarthritis of hip",
    })
    void rewrite_sideInContext_writtenOut(String in, String out) {
        assertThat(SideWording.rewrite(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "intentional od of heroin",
        "accidental od",
        "stenosis of cervical os",
        "on a/c for atrial fibrillation",
        "hypoxia on 2 l oxygen",
        "r/o pneumonia",
        "osteoarthritis of hips",
        "l spine pain",
        "chronic pain of r spine region",
        "a/c joint separation of right shoulder",
        "patient od on fentanyl",
        "found down after od, unresponsive",
    })
    void rewrite_notASide_unchanged(String in) {
        assertThat(SideWording.rewrite(in)).isEqualTo(in);
    }

    @Test
    void rewrite_noSideWord_sameInstance() {
        String t = "type 2 diabetes mellitus with hyperglycemia";
        assertThat(SideWording.rewrite(t)).isSameAs(t);
    }
}

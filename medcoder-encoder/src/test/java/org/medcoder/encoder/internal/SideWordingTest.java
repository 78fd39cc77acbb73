package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SideWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "l common femoral vein dvt | left common femoral vein dvt",
        "chronic thrombosis of r popliteal vein | chronic thrombosis of right popliteal vein",
        "cortical cataract od | cortical cataract right eye",
        "amd os with active cnv | amd left eye with active cnv",
        "impacted cerumen au | impacted cerumen bilateral",
        "a/c diastolic heart failure | acute on chronic diastolic heart failure",
        "breast cysts bilaterally | breast cysts bilateral",
        "bilateral osteoarthritis of hips | bilateral osteoarthritis of hip",
        "hordeolum internum os lower lid | hordeolum internum left lower lid",
        "ulcerative blepharitis od upper eyelid | ulcerative blepharitis right upper eyelid",
        "cicatricial entropion os lower lid | cicatricial entropion left lower lid",
        "senile ectropion od upper lid | senile ectropion right upper lid",
        "dermatochalasis od upper eyelid | dermatochalasis right upper eyelid",
        "od lower lid hordeolum | right lower lid hordeolum",
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
        "osteoarthritis of shoulders",
        "l spine pain",
        "chronic pain of r spine region",
        "a/c joint separation of right shoulder",
        "patient od on fentanyl",
        "found down after od, unresponsive",
        "os trigonum syndrome of right ankle",
    })
    void rewrite_notASide_unchanged(String in) {
        assertThat(SideWording.rewrite(in)).isEqualTo(in);
    }

    @Test
    void rewrite_noSideWord_sameInstance() {
        String t = "mixed hyperlipidemia on statin therapy";
        assertThat(SideWording.rewrite(t)).isSameAs(t);
    }
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnstatedAxisSilenceTest {

    @Test
    void silence_axisNounNotSpecified_madeUnspecified() {
        assertThat(UnstatedAxis.silence("marasmus, severity not specified")).isEqualTo("marasmus, unspecified");
        assertThat(UnstatedAxis.silence("burn of left palm, degree unknown")).isEqualTo("burn of left palm, unspecified");
        assertThat(UnstatedAxis.silence("otitis externa, laterality undetermined")).isEqualTo("otitis externa, unspecified");
    }

    @Test
    void silence_axisStatedOrConditionNotSpecified_untouched() {
        assertThat(UnstatedAxis.silence("severe sepsis, source not specified")).isEqualTo(
                "severe sepsis, source not specified");
        assertThat(UnstatedAxis.silence("obesity, class 2")).isEqualTo("obesity, class 2");
        assertThat(UnstatedAxis.silence("adenocarcinoma diffuse type unspecified site")).isEqualTo(
                "adenocarcinoma diffuse type unspecified site");
        assertThat(UnstatedAxis.silence("morbidity not stated or unknown")).isEqualTo("morbidity not stated or unknown");
    }
}

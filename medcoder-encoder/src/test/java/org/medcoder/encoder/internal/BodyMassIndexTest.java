package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyMassIndexTest {

    @Test
    void code_adultValue_z68RangeHoldingIt() {
        assertThat(BodyMassIndex.code("obesity, bmi 27")).isEqualTo("Z6827");
        assertThat(BodyMassIndex.code("bmi of 39.9")).isEqualTo("Z6839");
        assertThat(BodyMassIndex.code("bmi 40.0")).isEqualTo("Z6841");
        assertThat(BodyMassIndex.code("body mass index 57")).isEqualTo("Z6843");
        assertThat(BodyMassIndex.code("bmi 72")).isEqualTo("Z6845");
        assertThat(BodyMassIndex.code("underweight, bmi 17.5")).isEqualTo("Z681");
    }

    @Test
    void code_rangePercentileOrNoValue_none() {
        assertThat(BodyMassIndex.code("bmi 32.0-32.9, adult")).isNull();
        assertThat(BodyMassIndex.code("bmi 97th percentile for age")).isNull();
        assertThat(BodyMassIndex.code("obesity")).isNull();
    }
}

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
        assertThat(BodyMassIndex.code("obesity")).isNull();
        assertThat(BodyMassIndex.code("bmi percentile not recorded")).isNull();
    }

    @Test
    void code_childPercentile_z685RangeOfTheTitles() {
        assertThat(BodyMassIndex.code("bmi 97th percentile for age")).isEqualTo("Z6854");
        assertThat(BodyMassIndex.code("bmi 4th percentile for age")).isEqualTo("Z6851");
        assertThat(BodyMassIndex.code("bmi less than the 5th percentile")).isEqualTo("Z6851");
        assertThat(BodyMassIndex.code("bmi 5th percentile")).isEqualTo("Z6852");
        assertThat(BodyMassIndex.code("bmi at the 85th percentile")).isEqualTo("Z6853");
        assertThat(BodyMassIndex.code("bmi 119% of the 95th percentile")).isEqualTo("Z6854");
        assertThat(BodyMassIndex.code("bmi 120% of the 95th percentile for age")).isEqualTo("Z6855");
        assertThat(BodyMassIndex.code("bmi 152 % of the 95th percentile")).isEqualTo("Z6856");
    }
}

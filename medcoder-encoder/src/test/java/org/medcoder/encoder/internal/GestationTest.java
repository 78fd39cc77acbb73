package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GestationTest {

    @Test
    void withTrimester_weeksOfPregnancy_trimesterOfChapter15Timeframes() {
        assertThat(Gestation.withTrimester("placenta previa at 13 weeks of pregnancy"))
                .endsWith(", first trimester");
        assertThat(Gestation.withTrimester("gestational diabetes, 14 weeks gestation")).endsWith(", second trimester");
        assertThat(Gestation.withTrimester("preeclampsia at 27+6 weeks gestation")).endsWith(", second trimester");
        assertThat(Gestation.withTrimester("pregnant, 28 wks")).endsWith(", third trimester");
    }

    @Test
    void withTrimester_trimesterStatedOrNoPregnancy_unchanged() {
        assertThat(Gestation.withTrimester("pregnancy at 30 weeks, second trimester"))
                .isEqualTo("pregnancy at 30 weeks, second trimester");
        assertThat(Gestation.withTrimester("cough for 3 weeks")).isEqualTo("cough for 3 weeks");
    }

    @Test
    void weeksCode_pregnancyCodeWithWeeks_z3aOfThoseWeeks() {
        assertThat(Gestation.weeksCode("anemia in pregnancy at 22 weeks", "O99012")).isEqualTo("Z3A22");
        assertThat(Gestation.weeksCode("pregnancy at 6 weeks", "Z3401")).isEqualTo("Z3A01");
        assertThat(Gestation.weeksCode("pregnancy at 43 weeks", "O4813")).isEqualTo("Z3A49");
    }

    @Test
    void obstetric_pregnancyLabourOrPuerperium_only() {
        assertThat(Gestation.obstetric("mastitis in the puerperium")).isTrue();
        assertThat(Gestation.obstetric("g2p1 with anemia")).isTrue();
        assertThat(Gestation.obstetric("preterm labor")).isTrue();
        assertThat(Gestation.obstetric("asymptomatic human immunodeficiency virus infection status")).isFalse();
        assertThat(Gestation.obstetric("laboratory finding")).isFalse();
        assertThat(Gestation.obstetric("false labour")).isTrue();
        assertThat(Gestation.obstetric("g10p2, ectopic")).isTrue();
        assertThat(Gestation.obstetric("tag2p1 variant")).isFalse();
        assertThat(Gestation.obstetric("gait disturbance, age 2")).isFalse();
    }

    @Test
    void weeksCode_pregnancyCodeWithoutPregnancyWord_z3aOfTheStatedWeeks() {
        // The code says it is a pregnancy (Z3A note: O09-O9A); the weeks need no pregnancy word beside them.
        assertThat(Gestation.weeksCode("transverse lie, 37 weeks", "O322XX0")).isEqualTo("Z3A37");
        assertThat(Gestation.weeksCode("threatened abortion at 11 wks", "O200")).isEqualTo("Z3A11");
        assertThat(Gestation.weeksCode("sprain of ankle, 3 weeks ago", "S93401A")).isNull();
    }

    @Test
    void weeksCode_abortiveOutcomeOrNotPregnancy_none() {
        // Z3A is not assigned for pregnancies with abortive outcome, O00-O08 (I.C.21.c.11).
        assertThat(Gestation.weeksCode("tubal pregnancy at 7 weeks", "O00101")).isNull();
        assertThat(Gestation.weeksCode("cough for 3 weeks", "R059")).isNull();
    }
}

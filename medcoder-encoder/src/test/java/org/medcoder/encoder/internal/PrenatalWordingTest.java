package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrenatalWordingTest {

    @Test
    void motherAge_pregnantWithGravidity_elderlyOrYoungByAge() {
        assertThat(PrenatalWording.motherAge("pregnancy at 18 weeks in a 41-year-old g4p3"))
                .isEqualTo("pregnancy at 18 weeks in elderly multigravida");
        assertThat(PrenatalWording.motherAge("prenatal visit, 15 yo primigravida")).contains("young primigravida");
    }

    @Test
    void motherAge_ageBetweenOrNoGravidityOrNotPregnant_unchanged() {
        String mid = "pregnancy at 12 weeks in a 24-year-old g2p1";
        assertThat(PrenatalWording.motherAge(mid)).isSameAs(mid);
        String noGravida = "pregnancy at 12 weeks in a 38-year-old";
        assertThat(PrenatalWording.motherAge(noGravida)).isSameAs(noGravida);
        String notPregnant = "hypertension in a 70-year-old man";
        assertThat(PrenatalWording.motherAge(notPregnant)).isSameAs(notPregnant);
    }

    @Test
    void rewrite_previousCesarean_indexCesareanDeliveryPrevious() {
        assertThat(PrenatalWording.rewrite("pregnancy at 30 weeks, prior classical cesarean"))
                .isEqualTo("pregnancy at 30 weeks, with cesarean delivery previous affecting management of pregnancy"
                        + " classical vertical scar");
    }

    @Test
    void rewrite_pregnancyWithHistory_supervisionWording() {
        assertThat(PrenatalWording.rewrite("pregnancy at 15 weeks with history of infertility"))
                .isEqualTo("supervision of pregnancy with history of infertility at 15 weeks");
    }
}

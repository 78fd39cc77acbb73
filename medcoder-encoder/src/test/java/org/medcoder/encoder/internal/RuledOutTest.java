package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuledOutTest {

    @Test
    void without_clauseRuledOut_clauseTakenOut() {
        assertThat(RuledOut.without("Opioid dependence, overdose ruled out")).isEqualTo("opioid dependence");
        assertThat(RuledOut.without("pneumonia; sepsis was excluded, on oxygen")).isEqualTo("pneumonia, on oxygen");
    }

    @Test
    void without_stillToBeRuledOutOrNotRuledOut_kept() {
        assertThat(RuledOut.without("cough, pneumonia still to be ruled out"))
                .isEqualTo("cough, pneumonia still to be ruled out");
        assertThat(RuledOut.without("fever, sepsis not ruled out")).isEqualTo("fever, sepsis not ruled out");
    }

    @Test
    void without_suspectedAbuseRuledOut_keptForItsZ04Code() {
        assertThat(RuledOut.without("suspected child physical abuse, ruled out"))
                .isEqualTo("suspected child physical abuse, ruled out");
    }

    @Test
    void without_nothingRuledOut_sameText() {
        assertThat(RuledOut.without("Hypertension")).isEqualTo("Hypertension");
    }
}

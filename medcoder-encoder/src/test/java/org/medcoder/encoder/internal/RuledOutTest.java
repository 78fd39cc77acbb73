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

    /** pfixB (session 13): a denied personal history is an absence (I.C.21.c.4, IV.H); a family one stays. */
    @Test
    void without_deniedPersonalHistory_clauseTakenOut() {
        assertThat(RuledOut.without("Hyperlipidemia, no personal history of MI")).isEqualTo("hyperlipidemia");
        assertThat(RuledOut.without("Chest pain, no prior history of CAD, on aspirin"))
                .isEqualTo("chest pain, on aspirin");
        assertThat(RuledOut.without("migraine, denies hx of stroke")).isEqualTo("migraine");
        assertThat(RuledOut.without("asthma, no family history of asthma"))
                .isEqualTo("asthma, no family history of asthma");
    }
}

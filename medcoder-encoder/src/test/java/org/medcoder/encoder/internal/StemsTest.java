package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemsTest {

    @Test
    void of_greekPluralInOses_sameStemAsOsisSingular() {
        assertThat(Stems.of("ecchymoses")).isEqualTo(Stems.of("ecchymosis"));
        assertThat(Stems.of("thromboses")).isEqualTo(Stems.of("thrombosis"));
        assertThat(Stems.of("psychoses")).isEqualTo(Stems.of("psychosis"));
        assertThat(Stems.of("scleroses")).isEqualTo(Stems.of("sclerosis"));
        assertThat(Stems.of("tuberculoses")).isEqualTo(Stems.of("tuberculosis"));
    }

    @Test
    void of_greekPluralInOmata_sameStemAsOmaSingular() {
        assertThat(Stems.of("condylomata")).isEqualTo(Stems.of("condyloma"));
        assertThat(Stems.of("xanthomata")).isEqualTo(Stems.of("xanthoma"));
    }

    @Test
    void of_englishPluralOfOseWord_sameStemAsOseSingular() {
        // review-a #29: "multiple overdoses of heroin", "examination for administrative purposes"
        assertThat(Stems.of("overdoses")).isEqualTo(Stems.of("overdose"));
        assertThat(Stems.of("purposes")).isEqualTo(Stems.of("purpose"));
        assertThat(Stems.of("exposes")).isNotEqualTo(Stems.of("exposis"));
        assertThat(Stems.of("encloses")).isNotEqualTo(Stems.of("enclosis"));
    }

    @Test
    void of_organismNoun_sameStemAsItsAdjective() {
        assertThat(Stems.of("adenovirus")).isEqualTo(Stems.of("adenoviral"));
        assertThat(Stems.of("pneumococcus")).isEqualTo(Stems.of("pneumococcal"));
        assertThat(Stems.of("streptococci")).isEqualTo(Stems.of("streptococcal"));
        assertThat(Stems.of("cryptosporidium")).isEqualTo(Stems.of("cryptosporidial"));
        assertThat(Stems.of("virus")).isNotEqualTo(Stems.of("viral"));
    }

    @Test
    void of_nounOfQuality_sameStemAsItsAdjective() {
        assertThat(Stems.of("unsteadiness")).isEqualTo(Stems.of("unsteady"));
        assertThat(Stems.of("weakness")).isEqualTo(Stems.of("weak"));
        assertThat(Stems.of("stiffness")).isEqualTo(Stems.of("stiff"));
        assertThat(Stems.of("restlessness")).isEqualTo(Stems.of("restless"));
        assertThat(Stems.of("illness")).isNotEqualTo(Stems.of("ill"));
        assertThat(Stems.of("costiveness")).isNotEqualTo(Stems.of("cost"));
    }

    @Test
    void of_latinNounInUs_sameStemAsItsAdjective() {
        assertThat(Stems.of("pylorus")).isEqualTo(Stems.of("pyloric"));
        assertThat(Stems.of("esophagus")).isEqualTo(Stems.of("esophageal"));
        assertThat(Stems.of("humerus")).isEqualTo(Stems.of("humeral"));
        assertThat(Stems.of("hypothalamus")).isEqualTo(Stems.of("hypothalamic"));
        assertThat(Stems.of("tetanus")).isNotEqualTo(Stems.of("tetany"));
        assertThat(Stems.of("status")).isNotEqualTo(Stems.of("static"));
        assertThat(Stems.of("venous")).isEqualTo(Stems.of("venous"));
    }
}

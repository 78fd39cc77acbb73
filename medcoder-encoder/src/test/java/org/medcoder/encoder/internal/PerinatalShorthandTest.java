package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerinatalShorthandTest {

    @Test
    void expand_karyotypeFormula_indexMainTermWithoutComma() {
        assertThat(Abbreviations.expand("46,XY female")).isEqualTo("karyotype 46 xy female");
        assertThat(Abbreviations.expand("47, XXY")).isEqualTo("karyotype 47 xxy");
    }

    @Test
    void expand_longerFormula_notReadAsShorter() {
        assertThat(Abbreviations.expand("47,xxyy")).doesNotContain("karyotype 47 xxy ");
    }

    @Test
    void expand_perinatalShortForms_indexWords() {
        assertThat(Abbreviations.expand("moderate HIE")).isEqualTo("moderate hypoxic ischemic encephalopathy");
        assertThat(Abbreviations.expand("IUGR")).isEqualTo("fetal intrauterine growth retardation");
    }

    @Test
    void expand_failedTermination_abortionEntry() {
        assertThat(Abbreviations.expand("failed elective termination of pregnancy"))
                .isEqualTo("failed attempted elective abortion");
    }

    @Test
    void stem_neonatalAndNewborn_oneWord() {
        assertThat(Stems.of("neonatal")).isEqualTo(Stems.of("newborn"));
    }

    @Test
    void stem_greekPlural_singular() {
        assertThat(Stems.of("ecchymoses")).isEqualTo(Stems.of("ecchymosis"));
    }
}

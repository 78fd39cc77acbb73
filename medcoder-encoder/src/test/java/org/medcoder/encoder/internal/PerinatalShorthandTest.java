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

    @Test
    void expand_necBesideNewbornOrStage_disease() {
        assertThat(Abbreviations.expand("stage 2 NEC")).isEqualTo("stage 2 necrotizing enterocolitis");
        assertThat(Abbreviations.expand("NEC in a preterm infant")).isEqualTo("necrotizing enterocolitis in newborn");
    }

    @Test
    void expand_necElsewhere_notElsewhereClassified() {
        assertThat(Abbreviations.expand("disorder of bone NEC")).isEqualTo("disorder of bone nec");
    }

    @Test
    void expand_obstetricShortForms_indexWords() {
        assertThat(Abbreviations.expand("PPROM")).isEqualTo("preterm premature rupture of membranes");
        assertThat(Abbreviations.expand("NSVD")).isEqualTo("normal spontaneous vaginal delivery");
    }
}

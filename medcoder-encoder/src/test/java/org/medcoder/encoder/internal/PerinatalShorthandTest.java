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

    @Test
    void expand_promWithoutPregnancy_staysRangeOfMotion() {
        // Review W2: PROM of a joint is the passive range of motion (I.C.15.a: O codes only in a pregnancy).
        assertThat(Abbreviations.expand("decreased PROM right shoulder")).isEqualTo("decreased prom right shoulder");
        assertThat(Abbreviations.expand("limited PROM of the right knee")).doesNotContain("membranes");
        assertThat(Abbreviations.expand("full PROM left elbow after 3 weeks of therapy")).doesNotContain("membranes");
    }

    @Test
    void expand_promInPregnancy_weeksChooseTerm() {
        // Review W7: stated weeks choose "full-term" (37 or more) or "pre-term" (Index: Pregnancy, complicated by,
        // premature rupture of membranes).
        assertThat(Abbreviations.expand("PROM at 39 weeks"))
                .isEqualTo("full-term premature rupture of membranes at 39 weeks");
        assertThat(Abbreviations.expand("38 weeks gestation with PROM"))
                .endsWith("full-term premature rupture of membranes");
        assertThat(Abbreviations.expand("PROM at 33 weeks")).startsWith("preterm premature rupture of membranes");
        assertThat(Abbreviations.expand("PROM in pregnancy")).isEqualTo("premature rupture of membranes in pregnancy");
    }

    @Test
    void expand_stagedNecWithNewbornWord_newbornDisease() {
        // Review W6: a premature infant is a newborn (Index: Enterocolitis, necrotizing, in newborn, stage 2 P77.2).
        assertThat(Abbreviations.expand("stage 2 NEC in premature infant"))
                .startsWith("stage 2 necrotizing enterocolitis in newborn");
        assertThat(Abbreviations.expand("neonate with NEC, stage 3"))
                .endsWith("stage 3 necrotizing enterocolitis in newborn");
        assertThat(Abbreviations.expand("preterm twin, NEC")).endsWith("necrotizing enterocolitis in newborn");
    }

    @Test
    void expand_anyForm_sameAsReferenceRegex() {
        for (String s : new String[] {"PROM at 39 weeks", "decreased PROM right shoulder", "stage 1 NEC in infant",
            "newborn with NEC", "disorder of bone NEC", "38 weeks gestation with PROM"}) {
            assertThat(Abbreviations.expand(s)).isEqualTo(Abbreviations.expandByRegex(s));
        }
    }
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConventionShorthandTest {

    @Test
    void expand_pvdBesideAnEye_posteriorVitreousDetachmentElsewhereVascular() {
        assertThat(Abbreviations.expand("floaters from PVD OD")).isEqualTo(
                "floaters from posterior vitreous detachment right eye");
        assertThat(Abbreviations.expand("PVD of the left eye")).isEqualTo("posterior vitreous detachment left eye");
        assertThat(Abbreviations.expand("PVD, OU")).isEqualTo("posterior vitreous detachment bilateral");
        assertThat(Abbreviations.expand("PVD with claudication")).isEqualTo(
                "peripheral vascular disease with claudication");
        assertThat(Abbreviations.expand("PVD bilateral legs")).startsWith("peripheral vascular disease");
    }

    @Test
    void expand_capEndingItsClause_pneumoniaNotCapsule() {
        assertThat(Abbreviations.expand("CAP, no cultures sent")).isEqualTo(
                "community acquired pneumonia, no cultures sent");
        assertThat(Abbreviations.expand("1 cap daily")).isEqualTo("1 cap daily");
        assertThat(Abbreviations.expand("cradle cap")).isEqualTo("cradle cap");
        assertThat(Abbreviations.expand("fever; CAP")).isEqualTo("fever; community acquired pneumonia");
    }

    @Test
    void expand_problemListShortForms_indexWords() {
        assertThat(Abbreviations.expand("PMB")).isEqualTo("postmenopausal bleeding");
        assertThat(Abbreviations.expand("small PFO")).isEqualTo("small patent foramen ovale");
        assertThat(Abbreviations.expand("SNHL of right ear")).isEqualTo("sensorineural hearing loss of right ear");
        assertThat(Abbreviations.expand("FB sensation in right eye")).startsWith("foreign body sensation");
        assertThat(Abbreviations.expand("strep throat in a 7-year-old"))
                .isEqualTo("streptococcal pharyngitis in a 7-year-old");
        // "Strep" alone is the organism and stays for the organism's own expansion.
        assertThat(Abbreviations.expand("strep")).doesNotContain("pharyngitis");
    }
}

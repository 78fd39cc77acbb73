package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConventionShorthandTest {

    @Test
    void expand_pvdBesideAnEye_posteriorVitreousDetachmentElsewhereVascular() {
        assertThat(Abbreviations.expand("PVD OD")).isEqualTo("posterior vitreous detachment right eye");
        assertThat(Abbreviations.expand("PVD of the left eye")).isEqualTo("posterior vitreous detachment left eye");
        assertThat(Abbreviations.expand("PVD, OU")).isEqualTo("posterior vitreous detachment bilateral");
        assertThat(Abbreviations.expand("PVD with claudication")).isEqualTo(
                "peripheral vascular disease with claudication");
        assertThat(Abbreviations.expand("PVD bilateral legs")).startsWith("peripheral vascular disease");
    }

    @Test
    void expand_capEndingItsClause_pneumoniaNotCapsule() {
        assertThat(Abbreviations.expand("CAP, organism not identified")).isEqualTo(
                "community acquired pneumonia, organism not identified");
        assertThat(Abbreviations.expand("1 cap daily")).isEqualTo("1 cap daily");
        assertThat(Abbreviations.expand("cradle cap")).isEqualTo("cradle cap");
        assertThat(Abbreviations.expand("fever; CAP")).isEqualTo("fever; community acquired pneumonia");
    }

    @Test
    void expand_problemListShortForms_indexWords() {
        assertThat(Abbreviations.expand("PMB")).isEqualTo("postmenopausal bleeding");
        assertThat(Abbreviations.expand("small PFO")).isEqualTo("small patent foramen ovale");
        assertThat(Abbreviations.expand("bilateral SNHL")).isEqualTo("bilateral sensorineural hearing loss");
        assertThat(Abbreviations.expand("FB sensation OS")).startsWith("foreign body sensation");
        assertThat(Abbreviations.expand("strep throat")).isEqualTo("streptococcal pharyngitis");
        // "Strep" alone is the organism and stays for the organism's own expansion.
        assertThat(Abbreviations.expand("strep")).doesNotContain("pharyngitis");
    }
}

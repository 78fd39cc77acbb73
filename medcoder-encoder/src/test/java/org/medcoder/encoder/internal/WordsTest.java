package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void stems_wordForms_meet() {
        assertThat(Words.stem("diabetic")).isEqualTo(Words.stem("diabetes"));
        assertThat(Words.stem("hypertensive")).isEqualTo(Words.stem("hypertension"));
        assertThat(Words.stem("fractured")).isEqualTo(Words.stem("fracture"));
        assertThat(Words.stem("infected")).isEqualTo(Words.stem("infection"));
        assertThat(Words.stem("pneumoniae")).isNotEqualTo(Words.stem("pneumonia"));
    }

    @Test
    void stems_without_negatesFollowingWords() {
        assertThat(Words.stems("ketoacidosis without coma")).containsExactly(Words.stem("ketoacidosis"), "~coma");
        assertThat(Words.stems("laceration without foreign body of scalp"))
                .containsExactly(Words.stem("laceration"), "~foreign", "~body", "scalp");
        assertThat(Words.stems("without loss of consciousness")).containsExactly("~loss", "~" + Words.stem("consciousness"));
    }

    @Test
    void stems_connectorsAndArticles_dropped() {
        assertThat(Words.stems("pneumonia due to the virus")).containsExactly(Words.stem("pneumonia"), Words.stem("virus"));
    }

    @Test
    void stems_romanNumeralsAndLetters_kept() {
        assertThat(Words.stems("type II diabetes")).containsExactly("type", "2", Words.stem("diabetes"));
        assertThat(Words.stems("hepatitis A")).containsExactly(Words.stem("hepatitis"), "a");
        assertThat(Words.stems("CKD stage 3a")).contains("3a", "3");
    }

    @Test
    void expand_abbreviations_writtenOut() {
        assertThat(Abbreviations.expand("HTN, T2DM and CKD 3b")).isEqualTo("hypertension, type 2 diabetes mellitus and chronic kidney disease 3b");
        assertThat(Abbreviations.expand("UTI due to E. coli")).isEqualTo("urinary tract infection due to escherichia coli");
        assertThat(Abbreviations.expand("heart attack")).isEqualTo("myocardial infarction");
        assertThat(Abbreviations.expand("madam")).isEqualTo("madam");
    }

    @Test
    void stem_britishSpellings_meetAmericanOnes() {
        assertThat(Words.stem("haemophilus")).isEqualTo(Words.stem("hemophilus"));
        assertThat(Words.stem("anaemia")).isEqualTo(Words.stem("anemia"));
        assertThat(Words.stem("oesophagitis")).isEqualTo(Words.stem("esophagitis"));
        assertThat(Words.stem("diarrhoea")).isEqualTo(Words.stem("diarrhea"));
        assertThat(Words.stem("tumours")).isEqualTo(Words.stem("tumors"));
        assertThat(Words.stem("influenzae")).isNotEqualTo(Words.stem("influenza"));
        assertThat(Words.stem("toes")).isEqualTo("toes");
    }

    @Test
    void stem_medicationWordings_meetTheIndexWord() {
        assertThat(Words.stem("medication")).isEqualTo(Words.stem("medicament"));
        assertThat(Words.stem("medicines")).isEqualTo(Words.stem("medicaments"));
    }

    @Test
    void expand_drugCause_givesBothIndexWordings() {
        assertThat(Abbreviations.expand("neutropenia due to drugs")).isEqualTo("neutropenia drug-induced due to medicament");
        assertThat(Abbreviations.expand("medication-induced hypothyroidism"))
                .isEqualTo("drug-induced due to medicament hypothyroidism");
        assertThat(Abbreviations.expand("breast cancer")).isEqualTo("breast cancer malignant neoplasm");
    }

    @Test
    void stems_anyText_lowerCaseWordsOnly() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(t -> {
            for (String s : Words.stems(Abbreviations.expand(t))) {
                assertThat(s).matches("~?[a-z0-9]+");
            }
        });
    }
}

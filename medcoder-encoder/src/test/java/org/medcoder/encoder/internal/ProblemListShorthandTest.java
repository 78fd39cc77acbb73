package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemListShorthandTest {

    @Test
    void expand_problemListAbbreviations_writtenInIndexWords() {
        assertThat(Abbreviations.expand("SCLC of left main bronchus")).isEqualTo(
                "small cell lung cancer of left main bronchus");
        assertThat(Abbreviations.expand("POAG OU")).isEqualTo("primary open-angle glaucoma bilateral");
        assertThat(Abbreviations.expand("TAA, no rupture")).isEqualTo("thoracic aortic aneurysm, no rupture");
        assertThat(Abbreviations.expand("IBS-D")).isEqualTo("irritable bowel syndrome with diarrhea");
        assertThat(Abbreviations.expand("IBS")).isEqualTo("irritable bowel syndrome");
    }

    @Test
    void expand_haematologyAndRhythmShortForms_indexWords() {
        assertThat(Abbreviations.expand("MDS-EB-2")).isEqualTo("refractory anemia with excess of blasts 2");
        assertThat(Abbreviations.expand("MDS with excess blasts-1")).isEqualTo(
                "refractory anemia with excess of blasts 1");
        assertThat(Abbreviations.expand("relapsed B-ALL")).isEqualTo("relapsed b-cell acute lymphoblastic leukemia");
        assertThat(Abbreviations.expand("CIN 3")).isEqualTo("cervical intraepithelial neoplasia grade iii");
        assertThat(Abbreviations.expand("WPW syndrome")).isEqualTo("wolff-parkinson-white syndrome");
    }

    @Test
    void expand_cvaBeforeTenderness_costovertebralAngleNotStroke() {
        assertThat(Abbreviations.expand("right CVA tenderness")).isEqualTo("right costovertebral angle tenderness");
        assertThat(Abbreviations.expand("acute CVA")).isEqualTo("acute cerebral infarction");
    }

    @Test
    void expand_amaBesideGravidity_elderlyOtherwiseUntouched() {
        assertThat(Abbreviations.expand("AMA primigravida, second trimester")).isEqualTo(
                "elderly primigravida, second trimester");
        assertThat(Abbreviations.expand("advanced maternal age, multigravida")).isEqualTo("elderly multigravida");
        // Against medical advice: no condition to code, left as written.
        assertThat(Abbreviations.expand("left AMA")).isEqualTo("left ama");
    }

    @Test
    void expand_wetAndDryMacularDegeneration_exudativeAndNonexudative() {
        assertThat(Abbreviations.expand("wet AMD")).isEqualTo("exudative age-related macular degeneration");
        assertThat(Abbreviations.expand("dry ARMD")).isEqualTo("nonexudative age-related macular degeneration");
    }

    @Test
    void expand_vaccineShotsAndCancerScreening_encounterWords() {
        assertThat(Abbreviations.expand("COVID-19 booster")).isEqualTo("vaccination encounter");
        assertThat(Abbreviations.expand("flu shot")).isEqualTo("vaccination encounter");
        assertThat(Abbreviations.expand("flu A")).isEqualTo("influenza due to identified influenza virus");
        assertThat(Abbreviations.expand("prostate cancer screening")).isEqualTo(
                "screening for malignant neoplasm of prostate");
    }

    @Test
    void expand_ambiguousShortFormsAlone_leftAsWritten() {
        assertThat(Abbreviations.expand("1 cap daily")).isEqualTo("1 cap daily");
        assertThat(Abbreviations.expand("QTc 480 ms")).isEqualTo("qtc 480 ms");
        assertThat(Abbreviations.expand("AK amputation")).isEqualTo("ak amputation");
        assertThat(Abbreviations.expand("DME order")).isEqualTo("dme order");
        assertThat(Abbreviations.expand("cradle cap")).isEqualTo("cradle cap");
        assertThat(Abbreviations.expand("fracture of knee cap")).isEqualTo("fracture of patella");
    }

    @Test
    void expand_fastPathAgreesWithTheRegexReference() {
        for (String s : new String[] {"CVA tenderness and CVA", "AMA, multigravida with AMD", "RF and anti-CCP+",
            "hx of SCC, BCC and NSCLC", "ms contin for MS", "rheumatic MS", "N/V/D and N/V"}) {
            assertThat(Abbreviations.expand(s)).isEqualTo(Abbreviations.expandByRegex(s));
        }
    }

    @Test
    void stem_shortPlurals_singular() {
        assertThat(Words.stem("toes")).isEqualTo(Words.stem("toe"));
        assertThat(Words.stem("eggs")).isEqualTo("egg");
        assertThat(Words.stem("teeth")).isEqualTo("tooth");
        // Four-letter words that end in "s" but are no plurals keep it.
        assertThat(Words.stem("mass")).isEqualTo("mass");
        assertThat(Words.stem("lens")).isEqualTo("lens");
    }

    @Test
    void expand_omBesideEarOrOtitisKind_otitisMediaElseUntouched() {
        assertThat(Abbreviations.expand("mucoid OM")).isEqualTo("mucoid otitis media");
        assertThat(Abbreviations.expand("acute OM of the right ear")).isEqualTo("acute otitis media of the right ear");
        // Without an ear in view "OM" may be osteomyelitis: left as written.
        assertThat(Abbreviations.expand("chronic OM of femur")).isEqualTo("chronic om of femur");
    }
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShorthandTest {

    @Test
    void expand_clinicalAbbreviations_writtenInIndexWords() {
        assertThat(Abbreviations.expand("PSVT with RBBB")).isEqualTo(
                "paroxysmal supraventricular tachycardia with right bundle-branch block");
        assertThat(Abbreviations.expand("second degree A-V block")).isEqualTo("second degree atrioventricular block");
        assertThat(Abbreviations.expand("pulmonary TB")).isEqualTo("pulmonary tuberculosis");
        assertThat(Abbreviations.expand("duodenal ulcer due to H pylori")).isEqualTo(
                "duodenal ulcer due to helicobacter pylori");
        assertThat(Abbreviations.expand("C.diff enteritis")).isEqualTo("clostridium difficile enteritis");
        assertThat(Abbreviations.expand("s/p CABG")).isEqualTo("status post aortocoronary bypass");
    }

    @Test
    void expand_bothPairedParts_bilateral() {
        assertThat(Abbreviations.expand("senile cataract of both eyes")).isEqualTo("senile cataract of bilateral eyes");
        assertThat(Abbreviations.expand("osteoarthritis of both knees")).isEqualTo("osteoarthritis of bilateral knees");
        assertThat(Abbreviations.expand("keratitis of both corneas")).isEqualTo("keratitis of bilateral corneas");
        assertThat(Abbreviations.expand("cysts of both epididymal heads")).isEqualTo("cysts of bilateral epididymal heads");
        // Two conditions joined by "and" are no paired part.
        assertThat(Abbreviations.expand("both asthma and allergies")).isEqualTo("both asthma and allergies");
        assertThat(Abbreviations.expand("both diabetes and hypertension")).isEqualTo("both diabetes and hypertension");
        // "both" alone names no side.
        assertThat(Abbreviations.expand("nausea and vomiting, both")).isEqualTo("nausea and vomiting, both");
    }

    @Test
    void expand_wordsThatOnlyContainAnAbbreviation_untouched() {
        assertThat(Abbreviations.expand("tibia fracture")).isEqualTo("tibia fracture");
        assertThat(Abbreviations.expand("streptococcal sore throat")).isEqualTo("streptococcal sore throat");
        assertThat(Abbreviations.expand("slept poorly")).isEqualTo("slept poorly");
    }

    @Test
    void personalHistory_historyWithoutRelative_isThePatients() {
        assertThat(Shorthand.personalHistory("history of pulmonary embolism"))
                .isEqualTo("personal history of pulmonary embolism");
        assertThat(Shorthand.personalHistory("family history of glaucoma")).isEqualTo("family history of glaucoma");
        assertThat(Shorthand.personalHistory("personal history of gout")).isEqualTo("personal history of gout");
        assertThat(Shorthand.personalHistory("gout")).isEqualTo("gout");
    }

    @Test
    void expand_anyCannotPayVerbWithAUtility_financialInsecurityForUtilities() {
        String z59861 = "financial insecurity difficulty paying for utilities";
        assertThat(Abbreviations.expand("Struggling to pay the water bill")).isEqualTo(z59861);
        assertThat(Abbreviations.expand("cannot pay her heating bills this winter")).isEqualTo(z59861 + " this winter");
        assertThat(Abbreviations.expand("problems paying for electricity")).isEqualTo(z59861);
        // The verb phrase alone, or with another noun, is not about utilities.
        assertThat(Abbreviations.expand("unable to pay rent")).isEqualTo("unable to pay rent");
        assertThat(Abbreviations.expand("cannot afford gasoline")).isEqualTo("cannot afford gasoline");
    }

    @Test
    void expand_screeningBesideALipidWord_lipoidDisorders() {
        assertThat(Abbreviations.expand("screening cholesterol")).isEqualTo("screening for lipoid disorders");
        assertThat(Abbreviations.expand("lipids screening, fasting")).isEqualTo("screening for lipoid disorders, fasting");
        // A lipid result without screening is left as written.
        assertThat(Abbreviations.expand("lipid panel elevated")).isEqualTo("lipid panel elevated");
    }

    @Test
    void expand_iudWithAnyAction_onlyTheAbbreviationWrittenOut() {
        assertThat(Abbreviations.expand("IUD reinsertion")).isEqualTo("intrauterine contraceptive device reinsertion");
        assertThat(Abbreviations.expand("removal of her IUD")).isEqualTo("removal of her intrauterine contraceptive device");
    }

    @Test
    void expand_quitSmokingCounselling_notAFormerSmoker() {
        assertThat(Abbreviations.expand("advised to quit smoking")).isEqualTo("advised to quit smoking");
        assertThat(Abbreviations.expand("exsmoker, 30 pack-years")).isEqualTo("history of tobacco dependence, 30 pack-years");
    }

    @Test
    void expand_hivPositive_asymptomaticStatusOnlyWhenNothingElseStated() {
        assertThat(Abbreviations.expand("HIV-positive, with oral thrush")).doesNotContain("asymptomatic");
        assertThat(Abbreviations.expand("patient is HIV positive")).isEqualTo(
                "patient is asymptomatic human immunodeficiency virus status");
    }
}

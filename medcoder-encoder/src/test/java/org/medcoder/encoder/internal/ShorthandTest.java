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
        assertThat(Abbreviations.expand("osteoarthritis of both  knees")).isEqualTo("osteoarthritis of bilateral knees");
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
}

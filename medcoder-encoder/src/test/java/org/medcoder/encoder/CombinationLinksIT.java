package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codes the classification links to conditions already coded (enccombo2 loop, session 9). Statements in no
 * evaluation set; expected FY2026 codes written from the Index, the Tabular notes and the Official Guidelines.
 */
class CombinationLinksIT extends OnOfficialFiles {

    /** I.C.9.a.2: hypertension with CKD is I12 also when the CKD is diabetic; the diabetes first (I.A.15). */
    @Test
    void encode_diabetesHypertensionAndCkd_allThreeLinked() {
        assertThat(encoder.encode("type 2 diabetes, hypertension and CKD stage 2").codesText())
                .isEqualTo("E11.22 I12.9 N18.2");
    }

    /** I.C.9.a: hypertension beside a heart condition it is not presumed to cause is I10, kept as written. */
    @Test
    void encode_hypertensionWithAtrialFibrillation_bothCoded() {
        assertThat(encoder.encode("hypertension with chronic atrial fibrillation").codesText()).isEqualTo("I10 I48.20");
    }

    /** Pulmonary hypertension is another condition (I27): no essential hypertension is added. */
    @Test
    void encode_pulmonaryHypertension_noI10() {
        assertThat(encoder.encode("pulmonary hypertension with atrial flutter").codesText()).doesNotContain("I10");
    }

    /** Diabetes with foot ulcer (L97.4-/L97.5-) is .621, other lower-limb sites .622 (E11.621/E11.622 notes). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "type 1 diabetes with ulcer of left midfoot with fat layer exposed | E10.621 L97.422",
        "type 2 DM with ulcer of right ankle limited to breakdown of skin | E11.622 L97.311",
    })
    void encode_diabeticUlcer_codeBySite(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The kind of angina from its own index entry: spasm-induced, angina equivalent (I25.11-; I20 Excludes1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "coronary artery disease with spasm-induced angina | I25.111",
        "ASHD with angina equivalent | I25.118",
        "Prinzmetal angina, no CAD | I20.1",
    })
    void encode_anginaWithCoronaryAtherosclerosis_kindOfAngina(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Z16 follows the infection and its organism (Z16 "code first the infection"; I.C.1.c). */
    @Test
    void encode_vancomycinResistantEnterococcusUti_z16After() {
        EncodeResult r = encoder.encode("UTI due to vancomycin-resistant Enterococcus faecium");
        assertThat(r.codesText()).isEqualTo("N39.0 B95.2 Z16.21");
        assertThat(r.codes().get(2).trail().guidelines()).contains("I.C.1.c");
    }

    /** "Resistant" that names no antimicrobial gives no Z16. */
    @Test
    void encode_treatmentResistantDepression_noZ16() {
        assertThat(encoder.encode("treatment-resistant depression").codesText()).doesNotContain("Z16");
    }

    /** N25 disorders result from the kidney disease, whose code gives the stage (I.C.14.a). */
    @Test
    void encode_renalOsteodystrophyInCkd_bothCoded() {
        assertThat(encoder.encode("renal osteodystrophy in CKD stage 4").codesText()).isEqualTo("N25.0 N18.4");
    }

    /** The encounter's reason first, then the condition of the second clause (I.C.21.a). */
    @Test
    void encode_encounterForDeviceThenCondition_zFirst() {
        assertThat(encoder.encode("encounter for insulin pump training, type 1 diabetes with diabetic nephropathy")
                .codesText()).isEqualTo("Z46.81 E10.21");
    }

    /**
     * Review fixes (review-a #1, #11): the site is checked against the ulcer's own words (Ulcer, lower limb, foot
     * L97.5-, heel L97.4-), one diabetes code per ulcer (I.C.4.a), an unstated type is E11 (I.C.4.a.2).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "diabetes, ulcer of left foot | E11.621 L97.529",
        "diabetic foot ulcer | E11.621 L97.509",
        "type 2 diabetic with right heel ulcer and left thigh ulcer | E11.621 L97.419 E11.622 L97.129",
        "diabetic ulcer of the right great toe | E11.621 L97.519",
    })
    void encode_diabeticUlcer_siteFromTheUlcersWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Review fix (review-a #12): a cause word in another clause does not block the ulcer's link. */
    @Test
    void encode_diabeticUlcerBesideVenousHistory_linked() {
        assertThat(encoder.encode("type 2 diabetes, ulcer of right leg, hx of venous thrombosis").codesText())
                .isEqualTo("E11.622 L97.919 Z86.718");
    }

    /** Review fix (review-a #4): the angina written first; a graft's atherosclerosis is I25.7- (Index). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "crescendo angina with coronary artery disease | I25.110",
        "unstable angina due to coronary atherosclerosis | I25.110",
        "Prinzmetal angina with coronary artery disease | I25.111",
        "coronary artery disease of bypass graft with unstable angina | I25.700",
    })
    void encode_anginaWrittenFirst_kindOfAngina(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Review fix (review-a #3): aftercare of an injury is the injury code with 7th D, no aftercare Z (I.C.21.c.7). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "encounter for aftercare following surgery, hip fracture | S72.009D",
        "encounter for removal of sutures, laceration of forehead | S01.81XD",
    })
    void encode_aftercareOfInjury_subsequentEncounter(String statement, String codes) {
        EncodeResult r = encoder.encode(statement);
        assertThat(r.codesText()).isEqualTo(codes);
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.C.21.c.7");
    }

    /** Review fix (review-a #9): pulmonary hypertension does not stand for the essential one also written (I.C.9.a). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "essential hypertension, pulmonary hypertension | I10 I27.20",
        "hypertension with pulmonary hypertension | I10 I27.20",
    })
    void encode_essentialAndPulmonaryHypertension_bothCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

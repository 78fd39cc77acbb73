package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coexisting conditions joined by "and" or ", also" (encmiss11 loop, IV.J), on the official FY2026 files. Every
 * statement here is in no evaluation set; the expected codes were written from the Alphabetic Index, the Tabular
 * List and the Official Guidelines FY2026 before the encoder was run on them.
 */
class CoexistingIT extends OnOfficialFiles {

    /** Each documented condition coded, in the order written (IV.J). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Osteoporosis and hypothyroidism | M81.0 E03.9",
        "Chronic constipation and internal hemorrhoids | K59.09 K64.8",
        "Insomnia, also vitamin B12 deficiency | G47.00 E53.8",
    })
    void encode_twoConditionsJoined_bothAsWritten(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The index path already read the second condition, or it is a detail of the first: one code (I.B.9). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Anxiety and depression | F41.8",
        "Diverticulitis of sigmoid colon with abscess and perforation | K57.20",
        "Nausea and vomiting | R11.2",
    })
    void encode_secondClauseAlreadySaid_oneCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A sepsis joined by "and" to a localized infection goes first whatever the order written (I.C.1.d.4). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pneumonia and sepsis | A41.9 J18.9",
        "Cellulitis of left leg and sepsis | A41.9 L03.116",
        "Urinary tract infection and sepsis | A41.9 N39.0",
    })
    void encode_localInfectionAndSepsis_sepsisFirst(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Two specific codes of one category or main term whose index paths part below it are two conditions (I.B.9); a
     * path a tabular check moved to a sibling code says nothing of the clause it did not code.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PVC's and PAC's | I49.3 I49.1",
        "Premature ventricular contractions and premature atrial contractions | I49.3 I49.1",
        "Hyponatremia, also hypokalemia | E87.1 E87.6",
        "Hypocalcemia, also hypomagnesemia | E83.51 E83.42",
        "Contusion of left knee and right elbow, initial encounter | S80.02XA S50.01XA",
    })
    void encode_twoSpecificCodesUnderOneTerm_both(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A condition that is no communicable disease is the patient's own, not the object of a Z20 exposure (IV.J). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "exposure to COVID-19 and asthma | Z20.822 J45.909",
        "Exposure to COVID-19 and influenza | Z20.822",
        "Exposure to tuberculosis and hepatitis C | Z20.1",
        "Screening for colon cancer and diabetes | Z12.11",
    })
    void encode_exposureAndCondition_conditionCodedOnlyWhenNotCommunicable(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "And" inside a site phrase ("between hip and knee") is no second condition: one code (I.B.9). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Complete traumatic amputation of right thigh between hip and knee, subsequent encounter | S78.111D",
    })
    void encode_andInsideSite_oneCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An additional diagnosis is Section III's in the inpatient setting, Section IV.J's in the outpatient one. */
    @Test
    void encode_coexistingInpatient_citesSectionIII() {
        EncodeResult in = encoder.encode("Osteoporosis and hypothyroidism",
                EncodeOptions.defaults().withSetting(Setting.INPATIENT));
        assertThat(in.codes().get(1).trail().guidelines()).contains("III").doesNotContain("IV.J");
        assertThat(encoder.encode("Osteoporosis and hypothyroidism").codes().get(1).trail().guidelines())
                .contains("IV.J");
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second codes the statement states without a connector that links them by a note (encsecond3 loop), on the official
 * FY2026 files: social determinants, status and history, metastases and therapy encounters, respiratory failure,
 * post COVID-19 conditions, drug causes worded without "due to". Every statement here is in no evaluation set; the
 * expected codes were written from the Alphabetic Index, the Tabular List and the Official Guidelines FY2026 before
 * the encoder was run on them.
 */
class StatedKindsIT extends OnOfficialFiles {

    /** Social determinants of health after the condition (I.C.21.c.17). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chronic obstructive pulmonary disease, patient is homeless | J44.9 Z59.00",
        "type 2 diabetes mellitus without complications with food insecurity | E11.9 Z59.41",
        "major depressive disorder, single episode, mild; unemployed | F32.0 Z56.0",
        "essential hypertension, illiterate | I10 Z55.0",
        "gout, lives alone | M10.9 Z60.2",
    })
    void encode_socialDeterminantStated_conditionThenZ55toZ65(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Status and history codes stated beside the condition, after it (I.C.21.c.3, I.C.21.c.4). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "coronary artery disease, has a coronary stent | I25.10 Z95.5",
        "type 1 diabetes mellitus without complications, insulin pump in place | E10.9 Z96.41",
        "iron deficiency anemia, s/p gastric sleeve | D50.9 Z98.84",
        "hypothyroidism, h/o colon cancer | E03.9 Z85.038",
    })
    void encode_statusOrHistoryStated_conditionThenZCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The primary, then the metastasis; a therapy encounter first, then the neoplasm (I.C.2.d, I.C.2.e.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "squamous cell carcinoma of left upper lobe of lung with mets to bone | C34.12 C79.51",
        "chemo session for carcinoma of head of pancreas | Z51.11 C25.0",
        "admitted for radiotherapy, carcinoma of prostate | Z51.0 C61",
    })
    void encode_neoplasmWithMetastasesOrTherapyEncounter_sequencedAsChapter2Says(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Respiratory failure with its condition; a post COVID-19 condition before U09.9 (I.C.10.b, I.C.1.g.1.m). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "amyotrophic lateral sclerosis with chronic respiratory failure with hypercapnia | G12.21 J96.12",
        "dyspnea, post-COVID-19 condition | R06.00 U09.9",
        "post-COVID fatigue | R53.83 U09.9",
    })
    void encode_respiratoryFailureOrPostCovid_bothCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A drug cause worded without "due to": the condition, then the adverse-effect T code (I.C.19.e.5.a). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hypokalemia from hydrochlorothiazide, initial encounter | E87.6 T50.2X5A",
        "lisinopril-induced cough, initial encounter | R05.9 T46.4X5A",
        "heparin-associated thrombocytopenia | D75.821 T45.515A",
        "bradycardia secondary to metoprolol therapy, initial encounter | R00.1 T44.7X5A",
    })
    void encode_drugCauseWithoutDueTo_conditionThenAdverseEffect(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A cause that is no substance of the Drug table gets no T code ("noise-induced": Deafness, noise-induced). */
    @Test
    void encode_inducedByNoDrug_noAdverseEffectCode() {
        assertThat(encoder.encode("noise-induced deafness of right ear").codesText()).isEqualTo("H83.3X1");
    }

    /** The trail of a social determinant cites I.C.21.c.17. */
    @Test
    void encode_socialDeterminant_trailCitesGuideline() {
        EncodeResult r = encoder.encode("asthma, patient is homeless");
        assertThat(r.codes()).hasSize(2);
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.21.c.17");
    }
}

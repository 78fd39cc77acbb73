package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Neoplasm statements with their status and history, and Z-code status and encounter statements (encstatus loop), on
 * the official FY2026 files. Every statement here is in no evaluation set; the expected codes were written from the
 * Alphabetic Index, the Neoplasm table, the Tabular List (FY2026 titles for codes added since the index) and the
 * Official Guidelines FY2026 before the encoder was run on them.
 */
class StatusIT extends OnOfficialFiles {

    /** Receptor status after the neoplasm, combined (Z17.4-) when hormone receptor and HER2 status are both stated. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "infiltrating duct carcinoma of the right breast in a woman, ER-/PR-/HER2- | C50.911 Z17.421",
        "malignant neoplasm of left breast, male patient, ER positive PR positive HER2 negative | C50.922 Z17.411",
        "carcinoma of left female breast, progesterone receptor negative | C50.912 Z17.22",
        "carcinoma of right female breast, HER2 negative | C50.911 Z17.32",
        "carcinoma of left female breast, ER/PR negative, HER2 positive | C50.912 Z17.420",
    })
    void encode_receptorStatusStated_z17AfterNeoplasm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "Metastatic X to Y": the primary X, then the secondary site Y (I.C.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "metastatic carcinoma of stomach to liver | C16.9 C78.7",
        "metastatic renal cell carcinoma of left kidney to bone | C64.2 C79.51",
    })
    void encode_metastaticPrimaryToSite_primaryThenSecondary(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A primary excised or treated with no evidence left, or a history of it: Z85 by its site (I.C.2.d, I.A.11). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "carcinoma of bladder resected 4 years ago, no evidence of recurrence | Z85.51",
        "h/o testicular seminoma, completed chemotherapy, no evidence of disease | Z85.47",
        "history of squamous cell carcinoma of skin | Z85.828",
        "history of carcinoma of cervix | Z85.41",
        "metastasis to liver from colon cancer resected 3 years ago, no recurrence | C78.7 Z85.038",
    })
    void encode_formerPrimary_personalHistoryBySite(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A routine examination with a finding: the "with abnormal findings" code, then the finding (I.C.21.c.12). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "annual physical examination, new finding of iron deficiency anemia | Z00.01 D50.9",
        "well child check with mild intermittent asthma noted | Z00.121 J45.20",
        "annual physical, no abnormal findings | Z00.00",
    })
    void encode_examinationWithFinding_examThenFinding(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Status, history and encounter statements in clinicians' words (I.C.1.a.2.d, I.C.21.c.3, c.4, c.11, c.17). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HIV-positive since 2015 | Z21",
        "insertion of IUD | Z30.430",
        "removal of an IUD | Z30.432",
        "ex-smoker, quit 20 years ago | Z87.891",
        "personal history of TIA | Z86.73",
        "carrier of MRSA | Z22.322",
        "obesity in 9 y/o, BMI 99th percentile for age | E66.9 Z68.54",
    })
    void encode_statusOrEncounterWording_zCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review s12 finding 25: a condition whose treatment is completed is a personal history (I.C.21.c.4; Index:
     * History, personal), also without a follow-up visit.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "after completed treatment for hepatitis C | Z86.19",
        "after completed treatment for latent tuberculosis | Z86.15",
    })
    void encode_completedTreatment_personalHistory(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

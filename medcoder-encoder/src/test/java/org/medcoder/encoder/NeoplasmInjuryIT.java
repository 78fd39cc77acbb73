package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Neoplasm and injury rules found with the dev6-neo development set, each checked on statements that are in no
 * evaluation set (FY2026 codes, outpatient): chapter 2 combinations (I.C.2), morphology terms reaching the Neoplasm
 * table, and index terms sending to the Table of Drugs and Chemicals.
 */
class NeoplasmInjuryIT extends OnOfficialFiles {

    /** A primary malignancy with its metastases: primary first, then each secondary site (I.C.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "adenocarcinoma of rectum with metastases to liver | C20 C78.7",
        "carcinoma of left kidney metastatic to lung | C64.2 C78.00",
        "lung cancer with metastases to bone and liver | C34.90 C79.51 C78.7",
    })
    void encode_primaryWithMetastases_primaryThenSecondary(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Anemia in a malignancy: the neoplasm, then D63.0 (I.C.2.c.1); its treatment: D64.81, T45.1X5- (I.C.2.c.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "anemia due to malignant neoplasm of stomach | C16.9 D63.0",
        "anemia due to chemotherapy | D64.81 T45.1X5A",
    })
    void encode_anemiaWithMalignancy_neoplasmThenD630(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The trail cites the guideline sections in the order the rule gives them, the same in every run. */
    @Test
    void encode_anemiaWithMalignancy_guidelinesInStatedOrder() {
        EncodedCode d630 = encoder.encode("anemia due to malignant neoplasm of stomach").codes().get(1);
        assertThat(d630.trail().guidelines()).containsExactly("I.B.1", "I.C.2.c.1", "I.A.13");
    }

    /** An encounter for antineoplastic therapy: the Z51 code first, then the malignancy (I.C.2.e.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "encounter for radiation therapy for malignant neoplasm of bladder | Z51.0 C67.9",
        "encounter for chemotherapy for acute myeloid leukemia | Z51.11 C92.00",
    })
    void encode_therapyEncounter_z51ThenNeoplasm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Morphology terms sent to the Neoplasm table by their index cross-reference, by site or unspecified site. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tubular adenoma of transverse colon | D12.3",
        "follicular adenoma | D34",
        "glioblastoma | C71.9",
    })
    void encode_morphologyTerm_neoplasmTableColumnFromReference(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "Sting - see Table of Drugs and Chemicals, by animal or substance, poisoning": accidental by default. */
    @Test
    void encode_sting_drugTableAccidentalPoisoning() {
        EncodeResult r = encoder.encode("hornet sting, initial encounter");
        assertThat(r.codesText()).isEqualTo("T63.451A");
        assertThat(r.codes().get(0).trail().indexPath()).contains("Table of Drugs and Chemicals");
    }

    /** The trail names the chapter 2 guideline that sequenced the codes. */
    @Test
    void encode_metastases_trailCitesGuideline() {
        EncodeResult r = encoder.encode("adenocarcinoma of rectum with metastases to liver");
        assertThat(r.codes().get(1).trail().tabular()).anyMatch(s -> s.contains("I.C.2"));
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.2");
    }

    /**
     * Injuries and device complications: "see X, by site, Y" references (torus, strain, insect bite), foreign bodies
     * under grouped sites, joint prosthesis complications (T84.-) and "Complications" references to "Complication(s)".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wasp sting, subsequent encounter | T63.461D",
        "foreign body in urethra, initial encounter | T19.0XXA",
        "foreign body in mouth, initial encounter | T18.0XXA",
        "infected left knee prosthesis, subsequent encounter | T84.54XD",
        "mechanical loosening of left knee prosthesis, initial encounter | T84.033A",
        "torus fracture of right distal radius, initial encounter | S52.521A",
        "buckle fracture of proximal left humerus, initial encounter | S42.272A",
        "strain of muscle of left thigh, initial encounter | S76.912A",
        "insect bite of right knee, initial encounter | S80.261A W57.XXXA",  // I.C.20.a.8: intent not in S80.26-
    })
    void encode_injuryAndDeviceComplication_reachesSiteSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

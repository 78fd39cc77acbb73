package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Combination codes, "with"/"due to"/"in" linking and their paired codes (enccombo loop, session 8). Statements in no
 * evaluation set; expected FY2026 codes written from the Index, the Tabular notes and the Official Guidelines.
 */
class CombinationsIT extends OnOfficialFiles {

    /** The systemic infection first, then the localized infection, then R65.2- (I.C.1.d.4, I.C.1.d.1.b). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "severe sepsis due to acute pyelonephritis | A41.9 N10 R65.20",
        "sepsis due to cellulitis of right lower leg | A41.9 L03.115",
    })
    void encode_sepsisDueToLocalizedInfection_bothCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_sepsisDueToLocalizedInfection_trailCitesGuideline() {
        EncodeResult cellulitis = encoder.encode("sepsis due to cellulitis of right lower leg");
        assertThat(cellulitis.codes().get(0).trail().guidelines()).contains("I.C.1.d.4");
        EncodeResult pyelonephritis = encoder.encode("severe sepsis due to acute pyelonephritis");
        assertThat(pyelonephritis.codes().get(1).trail().guidelines()).contains("I.C.1.d.4");
    }

    /** A sepsis stated with its organism only gets no second code: the organism is not a localized infection. */
    @Test
    void encode_sepsisDueToOrganismOnly_oneCode() {
        assertThat(encoder.encode("sepsis due to Serratia").codesText()).isEqualTo("A41.53");
    }

    /** The histologic term is looked up in the index first: "Kaposi's, sarcoma, stomach" C46.4 (I.C.2). */
    @Test
    void encode_kaposiSarcomaBySite_indexBeforeNeoplasmTable() {
        assertThat(encoder.encode("Kaposi's sarcoma of stomach").codesText()).isEqualTo("C46.4");
    }

    /** The index subterm names the etiology, the "code first" note asks for its code (D63.1; I.A.13). */
    @Test
    void encode_anemiaOfEndStageRenalDisease_ckdFirst() {
        assertThat(encoder.encode("anemia of end stage renal disease").codesText()).isEqualTo("N18.6 D63.1");
    }

    /** N18's "code first" note names one code per diabetes category: E10.22 for type 1 (I.A.13, I.C.4.a). */
    @Test
    void encode_type1DiabetesWithEsrd_namedCodeOfItsCategory() {
        assertThat(encoder.encode("type 1 diabetes with diabetic ESRD").codesText()).isEqualTo("E10.22 N18.6");
    }

    /** I12.0's note names N18.5 and N18.6: ESRD is N18.6 (I.C.9.a.2). */
    @Test
    void encode_hypertensiveCkdWithEsrd_stageNamedByNote() {
        assertThat(encoder.encode("hypertensive CKD with ESRD").codesText()).isEqualTo("I12.0 N18.6");
    }

    /** A title saying "without heart failure" when heart failure is stated moves to "with" (I.B.1, I.C.9.a.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTN with acute diastolic heart failure | I11.0 I50.31",
        "hypertension with acute combined systolic and diastolic heart failure | I11.0 I50.41",
    })
    void encode_hypertensionWithAcuteHeartFailure_i110(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * "Without" code moved to its "with" sibling when that sibling's "use additional code" note lists what the
     * statement states, the note's code after it (N40.1's associated symptoms; I.B.1, I.A.13).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BPH with urinary urgency | N40.1 R39.15",
        "nodular prostate with urinary urgency | N40.3 R39.15",
        "BPH without nocturia | N40.0",
        "nocturia due to BPH | N40.1 R35.1",
    })
    void encode_prostateWithStatedSymptom_withSiblingAndSymptom(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * No move to the "with" sibling when the statement says "without" its words, or gives the symptom another cause
     * (I.B.1: the documentation decides; I.A.13: only the condition's own associated symptoms; review s8 #5).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BPH without LUTS; nocturia due to congestive heart failure | N40.0",
        "BPH without lower urinary tract symptoms, urinary retention due to urethral stricture | N40.0",
        "Benign prostatic hyperplasia without LUTS, urinary urgency | N40.0",
        "BPH; nocturia due to congestive heart failure | N40.0",
    })
    void encode_prostateSymptomDeniedOrOtherCause_withoutCodeKept(String statement, String codes) {
        assertThat(encoder.encode(statement).codes().get(0).code().dotted()).isEqualTo(codes);
        assertThat(encoder.encode(statement).codesText()).doesNotContain("N40.1");
    }

    /** "On HD" is hemodialysis: N18.6's note asks for the dialysis status Z99.2 (I.C.14.a, I.C.21.c.3). */
    @Test
    void encode_esrdOnHd_dialysisStatus() {
        assertThat(encoder.encode("end stage renal disease on HD").codesText()).isEqualTo("N18.6 Z99.2");
    }

    /** "Vulvovaginal" names the two sites the index lists ("Candidiasis, vagina, chronic" B37.32). */
    @Test
    void encode_vulvovaginalCandidiasisChronic_b3732() {
        assertThat(encoder.encode("vulvovaginal candidiasis, chronic").codesText()).isEqualTo("B37.32");
    }
}

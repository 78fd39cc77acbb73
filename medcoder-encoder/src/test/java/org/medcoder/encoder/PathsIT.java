package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Index paths, laterality and stage, and codes added since the FY2023 index (encpaths loop), each on statements
 * that are in no evaluation set (FY2026 codes; expected codes written from the index, the Tabular List and the
 * Official Guidelines).
 */
class PathsIT extends OnOfficialFiles {

    /** Bilateral where the classification has no bilateral code: one code for each side (I.B.13). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bilateral hallux varus | M20.31 M20.32",
        "bilateral trigger finger of middle fingers | M65.331 M65.332",
    })
    void encode_bilateralWithoutBilateralCode_rightThenLeft(String statement, String codes) {
        EncodeResult r = encoder.encode(statement);
        assertThat(r.codesText()).isEqualTo(codes);
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.B.13");
    }

    /** Bilateral codes where they exist; glaucoma stage as the 7th character (I.C.7.a); the stated side. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acute DVT of bilateral femoral veins | I82.413",
        "primary open-angle glaucoma, left eye, severe stage | H40.1123",
        "low-tension glaucoma, right eye, moderate stage | H40.1212",
        "chronic DVT of right tibial vein | I82.541",
    })
    void encode_sideAndStage_detailOfTheTabular(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A code the FY2023 index points to that is a header in FY2026: the child its title fits (I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "non-active secondary progressive multiple sclerosis | G35.C2",
        "lumbar degenerative disc disease with discogenic back pain and lower extremity pain | M51.362",
        "inappropriate sinus tachycardia, so stated | I47.11",
    })
    void encode_codeAddedSinceTheIndex_reachedByItsTitle(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_indexCodeBecameHeader_trailSaysSo() {
        EncodeResult r = encoder.encode("lumbar degenerative disc disease with discogenic back pain and lower"
                + " extremity pain");
        assertThat(r.codes().get(0).trail().tabular())
                .anyMatch(s -> s.contains("M51.36 became a header after the index in use"));
    }

    /**
     * Index choices: a subterm that has the condition beats a "see also" detour that adds only a nonessential
     * modifier (I.A.7, I.A.16); an "other" code yields to the sibling the statement names (I.A.9.a); adverb forms of a
     * title's words.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tricuspid valve stenosis | I07.0",
        "inferior wall ST elevation myocardial infarction involving the right coronary artery | I21.11",
        "heterogeneously dense breasts, left | R92.332",
    })
    void encode_indexChoice_specificEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Abbreviations coders write, read as the index's words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RUQ pain | R10.11",
        "BPPV, bilateral | H81.13",
        "LCIS of right breast | D05.01",
        "DCIS of breast | D05.10",
        "encounter for INR monitoring | Z51.81",
    })
    void encode_abbreviation_indexPath(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

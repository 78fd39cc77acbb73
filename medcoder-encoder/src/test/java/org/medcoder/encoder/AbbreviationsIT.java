package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Problem-list abbreviations and codes added since the FY2023 index (encabbr loop), on the official FY2026 files,
 * with statements that are in no evaluation set (expected codes written from the Alphabetic Index, the Neoplasm
 * table, the Tabular List and the Official Guidelines).
 */
class AbbreviationsIT extends OnOfficialFiles {

    /** Abbreviations read as the index entry a coder looks up for them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SCLC of left main bronchus | C34.02",
        "SCC of esophagus | C15.9",
        "SCC of skin of scalp | C44.42",
        "BCC of skin of chest | C44.519",
        "POAG right eye, mild stage | H40.1111",
        "wet AMD both eyes with inactive choroidal neovascularization | H35.3232",
        "dry AMD of left eye, early dry stage | H35.3121",
        "TAA without rupture | I71.20",
        "AMA primigravida, second trimester | O09.512",
        "AML in remission | C92.01",
        "ILD | J84.9",
        "IBS-D | K58.0",
        "covid vaccine | Z23",
        "LDCT for lung cancer screening | Z12.2",
    })
    void encode_problemListAbbreviation_indexPath(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "CVA" is a stroke except before "tenderness" (costovertebral angle, R39.85-, FY2024). */
    @Test
    void encode_cva_strokeOrCostovertebralAngle() {
        assertThat(encoder.encode("acute CVA").codesText()).isEqualTo("I63.9");
        assertThat(encoder.encode("right CVA tenderness").codesText()).isEqualTo("R39.851");
    }

    /** Codes added since the FY2023 index, reached through their FY2026 titles (I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the number belongs to "level", not to "type 2"
        "level 3 hypoglycemia in type 2 diabetes mellitus | E11.649 E16.A3",
        // "Problems related to" is the chapter's wording
        "inadequate health literacy | Z55.6",
        // the category's words (N02 "Recurrent and persistent hematuria") need not be repeated
        "IgA nephropathy with glomerular lesion | N02.B1",
        // the FY2023 index's F50.89 "Other specified eating disorder" names neither word of F50.83
        "pica in adults | F50.83",
        // short plurals: "toes" is the index's "toe"
        "hammer toes of left foot | M20.42",
        "seropositive for RF and anti-CCP, without rheumatoid arthritis | R76.81",
    })
    void encode_codeAddedSinceTheIndex_reachedByItsTitle(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_addedCodeByTitle_trailSaysItWasAddedAfterTheIndex() {
        EncodeResult r = encoder.encode("APOL1-mediated kidney disease");
        assertThat(r.codesText()).isEqualTo("N07.B");
        assertThat(r.codes().get(0).trail().indexPath()).contains("added to the classification after the index in use");
    }

    /**
     * General rules, statements in no evaluation set: Z21 only when HIV positive is all that is stated
     * (I.C.1.a.2.d), any cannot-pay verb with a utility (Z59.861), the IUD's own index subterms (Z30.43-).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HIV positive with Pneumocystis pneumonia | B20 B59",
        "known HIV positive | Z21",
        "trouble paying the gas bill | Z59.861",
        "encounter for IUD reinsertion | Z30.433",
        "nasal carrier of MRSA | Z22.322",
        "PVD bilateral lower extremities | I73.9",
    })
    void encode_generalShorthandRules_indexWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words are matched only as the statement states them: an index qualifier the statement does not state, a body
 * site taken for an external cause, a number taken for another word's number. Statements in no evaluation set;
 * FY2026 codes written from the index, the Tabular List and the Official Guidelines.
 */
class WordScopeIT extends OnOfficialFiles {

    /**
     * "Carcinoma/Adenocarcinoma - see also Neoplasm, malignant, by site" with no site stated: the table's
     * "Neoplasm, neoplastic" row, Malignant Primary C80.1 (I.C.2), never "malignant mast cell" C96.20.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "carcinoma | C80.1",
        "adenocarcinoma | C80.1",
    })
    void encode_morphologyWithoutSite_unspecifiedSitePrimary(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A body site ("spine") is no external cause ("Contact, with, plant thorns, spines" W60; I.C.20). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lumbar spine fracture, initial encounter | S32.009A",
    })
    void encode_siteWord_noExternalCause(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * "Fracture, traumatic, spine - see Fracture, vertebra": the vertebra subterm of the same main term "Fracture,
     * traumatic", not of "Fracture, pathological" M84.48 (I.A.16).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fracture of the thoracic spine, subsequent encounter | S22.009D",
        "thoracic spine fracture, initial encounter | S22.009A",
    })
    void encode_seeReferenceToSplitMainTerm_sameMainTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A number belongs to the word before it: "level 1" / "stage 2" state no "type 1" / "type 2" (I.C.4.a). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DM type 2 with hypoglycemia level 1, without coma | E11.649 E16.A1",
        "type 1 diabetic with CKD stage 2 | E10.22 N18.2",
    })
    void encode_numberOfAnotherWord_notTheType(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the session 11 sweep of chapters 2 and 9 (encsweep4), each checked on statements that are in no
 * evaluation set, expected codes written from the index, the tabular and the guidelines (FY2026, outpatient).
 */
class CirculatoryNeoplasmSweepIT extends OnOfficialFiles {

    /** Clinicians' short forms are the index's words (WHO names of RAEB, B-ALL, graded CIN, WPW, longstanding). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MDS-EB-1 | D46.21",
        "B-ALL in remission | C91.01",
        "CIN 2 | N87.1",
        "WPW | I45.6",
        "long standing persistent AFib | I48.11",
    })
    void encode_shortForm_indexWording(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A neoplasm's site adjective is the Neoplasm table's row (glottis, supraglottis, heart). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "glottic cancer | C32.0",
        "supraglottic carcinoma in situ | D02.0",
        "cardiac fibroma | D15.1",
        "atrial fibroma | D15.1",
    })
    void encode_neoplasmSiteAdjective_tableRow(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A "use additional code" range with no complication stated gives its uncomplicated code (F10.20). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cancer of the esophagus; alcohol dependence | C15.9 F10.20",
    })
    void encode_noteRangeWithoutComplication_uncomplicatedCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A morphology sent to a named row ("Dermatofibroma, see Neoplasm, skin, benign") reads the documented site
     * under that row; a site the row does not list keeps its own ("angiosarcoma": connective tissue has no heart).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dermatofibroma of the right forearm | D23.61",
        "angiosarcoma of the heart | C38.0",
    })
    void encode_morphologyNamedRow_documentedSiteUnderIt(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

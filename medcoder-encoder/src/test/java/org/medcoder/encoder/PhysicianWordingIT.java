package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Other physicians' wordings of conditions the index names one way (encwording, session 11), on the official
 * FY2026 files. None of the statements is in an evaluation set; the expected codes were written from the
 * Alphabetic Index and the Tabular List.
 */
class PhysicianWordingIT extends OnOfficialFiles {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fx of left 2nd metatarsal, initial encounter | S92.322A",
        "3rd degree burn of right thigh, initial encounter | T24.311A",
        "partial thickness burn of left hand, initial encounter | T23.202A",
        "trigger finger of left 5th finger | M65.352",
        "T2D without complications | E11.9",
        "GDM, insulin controlled | O24.414",
        "pneumonia due to K. pneumoniae | J15.0",
        "fistula in ano | K60.30",
        "carpal tunnel of left wrist | G56.02",
        "closed right humeral surgical neck fracture, initial encounter | S42.211A",
        "h/o malaria | Z86.13",
        "history of treated tuberculosis | Z86.11",
        "pulmonary tuberculosis | A15.0",
    })
    void encode_physicianWording_indexEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading failures the practice sets of session 15 showed (pfix15a loop, letters A-H), each fixed by a general rule
 * and checked on physician-worded statements that are in no evaluation set (FY2026 codes, outpatient).
 */
class PracticeReading17AhIT extends OnOfficialFiles {

    /**
     * A drug named after a class-induced condition ("from", "after starting") is its cause, and a drug's
     * "replacement therapy" names the drug: the condition, then the drug's adverse effect (I.C.19.e.5.a).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "neuroleptic-induced akathisia from risperidone | G25.71 T43.595A",
        "neuroleptic induced parkinsonism after starting fluphenazine | G21.11 T43.3X5A",
        "hypothyroidism secondary to estrogen replacement therapy | E03.2 T38.5X5A",
    })
    void encode_drugNamedAfterClassOrReplacementTherapy_adverseEffect(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

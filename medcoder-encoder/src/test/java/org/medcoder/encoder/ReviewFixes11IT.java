package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Engineers' wrong codes fixed in session 11 (fixbugs11). Statements in no evaluation set; FY2026 codes from the
 * index, the Tabular List and the Official Guidelines.
 */
class ReviewFixes11IT extends OnOfficialFiles {

    /** A multiple birth is no O80 delivery (I.C.15.b.4): the twin/triplet pregnancy code, trimester from the weeks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "twins delivered by NSVD | O30.009 Z37.2",
        "twins delivered by NSVD at 38 weeks | O30.003 Z37.2 Z3A.38",
        "NSVD of triplets, all liveborn at 33 weeks | O30.103 Z37.51 Z3A.33",
        "NSVD, single liveborn | O80 Z37.0",
    })
    void encode_multipleBirth_noO80(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A code elsewhere in the category that names a site the statement does not state is no refinement (I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "post-traumatic arthritis of right hip | M19.111",
        "post-traumatic arthritis of left knee | M19.1",
        "chronic ulcer of right calf with fat layer exposed | L98.A",
        "chronic ulcer of left thigh with fat layer exposed | L98.A",
    })
    void encode_unstatedSite_notChosen(String statement, String wrongPrefix) {
        assertThat(encoder.encode(statement).codesText()).doesNotStartWith(wrongPrefix);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words a statement implies or abbreviates (encmiss11 loop), on the official FY2026 files: a laboratory value reported
 * as elevated is the index's "... level" (I.C.18.b), and premature beats counted on a monitor ("PVC's", "PACs") are
 * the index's "Contraction(s), premature". Every statement here is in no evaluation set; the expected codes were
 * written from the Alphabetic Index and the Tabular List before the encoder was run on them.
 */
class ImpliedWordsIT extends OnOfficialFiles {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Raised transaminase | R74.01",
        "Elevated lactic acid dehydrogenase | R74.02",
    })
    void encode_valueReportedElevated_indexLevelSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Symptomatic PVC's | I49.3",
        "Rare PACs on event monitor | I49.1",
    })
    void encode_prematureBeatsAbbreviated_contractionPremature(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

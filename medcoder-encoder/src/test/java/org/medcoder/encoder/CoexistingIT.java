package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coexisting conditions joined by "and" or ", also" (encmiss11 loop, IV.J), on the official FY2026 files. Every
 * statement here is in no evaluation set; the expected codes were written from the Alphabetic Index, the Tabular
 * List and the Official Guidelines FY2026 before the encoder was run on them.
 */
class CoexistingIT extends OnOfficialFiles {

    /** Each documented condition coded, in the order written (IV.J). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Osteoporosis and hypothyroidism | M81.0 E03.9",
        "Chronic constipation and internal hemorrhoids | K59.09 K64.8",
        "Insomnia, also vitamin B12 deficiency | G47.00 E53.8",
    })
    void encode_twoConditionsJoined_bothAsWritten(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The index path already read the second condition, or it is a detail of the first: one code (I.B.9). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Anxiety and depression | F41.8",
        "Diverticulitis of sigmoid colon with abscess and perforation | K57.20",
        "Nausea and vomiting | R11.2",
    })
    void encode_secondClauseAlreadySaid_oneCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

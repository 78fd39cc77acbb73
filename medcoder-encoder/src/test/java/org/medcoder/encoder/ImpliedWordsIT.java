package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words a statement implies or abbreviates (encmiss11 loop), on the official FY2026 files: a laboratory value reported
 * as elevated is the index's "... level" (I.C.18.b), and premature beats counted on a monitor ("PVC's", "PACs") are
 * the index's "Contraction(s), premature"; fever or cough of COVID-19 is part of it (I.B.5). Every statement here is in no evaluation set; the expected codes were
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

    /** Symptoms routinely part of COVID-19 are not coded beside U07.1; other findings are (I.B.5, I.C.1.g.1.c). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "COVID-19 with cough | U07.1",
        "COVID-19 infection with myalgia and fatigue | U07.1",
        "COVID positive with headache and chills | U07.1",
        "COVID-19 with hypoxemia | U07.1 R09.02",
    })
    void encode_covidWithRoutineSymptoms_symptomsNotCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

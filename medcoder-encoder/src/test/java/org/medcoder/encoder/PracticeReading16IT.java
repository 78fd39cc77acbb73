package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading failures the practice sets of session 14 showed (pfix14a loop, chapters 1-8), each fixed by a general rule
 * and checked on physician-worded statements that are in no evaluation set (FY2026 codes, outpatient).
 */
class PracticeReading16IT extends OnOfficialFiles {

    /** "both" before a plural part is the Tabular's "bilateral" (I.B.13), whatever the part. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "thyroid orbitopathy of both orbits | H05.833",
        "hammer toes, both feet | M20.41 M20.42",
    })
    void encode_bothPluralPart_bilateral(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Greek "-omata" plurals, an organ's removal before the condition, an axis the statement calls unspecified. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "condylomata acuminata of the vulva | A63.0",
        "hypothyroidism after partial thyroidectomy | E89.0",
        "protein-calorie malnutrition, severity unknown | E46",
    })
    void encode_pluralRemovalOrSilentAxis_indexWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Index wordings found by the sweep of chapters 10-18, 21 and 22 (encsweep7 loop), each checked on statements that
 * are in no evaluation set (FY2026 codes, outpatient), expected codes written from the Alphabetic Index and the
 * Tabular List.
 */
class SweepSevenIT extends OnOfficialFiles {

    /** An eponym's syndrome is found as "disease" when the index has no such disease entry (I.A.7). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Felty disease | M05.00",
        "Asherman disease | N85.6",
        "Mirizzi disease | K83.1",
    })
    void encode_eponymSyndromeCalledDisease_syndromeEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "After"/"following" an operation meets the index's one-word modifier ("Syndrome, postcholecystectomy"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "syndrome after cholecystectomy | K91.5",
        "syndrome following laminectomy | M96.1",
    })
    void encode_conditionAfterOperation_postOperationModifier(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Obstetric, neonatal and problem-list short forms read as the index's entries. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NEC stage 1 in newborn | P77.1",
        "grade 2 IVH of newborn | P52.1",
        "pauciarticular JIA, left hip | M08.452",
        "dilated cardiomyopathy with AICD | I42.0 Z95.810",
        "PPROM at 30 weeks | O42.913 Z3A.30",
        "NSVD, single liveborn | O80 Z37.0",
    })
    void encode_shortForm_indexEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A condition at "N weeks gestation" is the condition in pregnancy, not the weeks alone with the code Z3A's
     * "code first" note guessed (I.C.15.a.1, I.C.21.c.11); a delivered healthy child is a liveborn (I.C.15.b.5).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "anemia at 20 weeks gestation | O99.012 D64.9 Z3A.20",
        "migraine, 16 weeks gestation | O99.352 G43.909 Z3A.16",
        "prolonged first stage of labor, delivered a healthy baby girl | O63.0 Z37.0",
    })
    void encode_conditionAtWeeksGestation_conditionInPregnancy(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

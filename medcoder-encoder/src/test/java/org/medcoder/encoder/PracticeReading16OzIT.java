package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of physicians' wording found through the practice sets dev16-pA/pB/pC (pfix14c loop, session 14, O-Z):
 * a Latin noun's adjective and a noun of quality's adjective meeting the index's term, a newborn's condition read
 * at the index's newborn subterm, a fall from a cycle or a ridden animal as a noncollision transport accident,
 * "physical" as a noun for the physical examination.
 * Statements in no evaluation set; FY2026 codes written from the index, the Tabular List and the Official
 * Guidelines.
 */
class PracticeReading16OzIT extends OnOfficialFiles {
    /**
     * The adjective of a Latin noun ("pyloric", "esophageal") and the adjective of a noun of quality ("unsteady")
     * meet the index's noun: "Stenosis, pylorus, congenital" Q40.0; "Unsteadiness on feet" R26.81 (I.A, I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Congenital pyloric stenosis | Q40.0",
        "Infantile hypertrophic pyloric stenosis | Q40.0",
        "Patient is unsteady on her feet | R26.81",
    })
    void encode_adjectiveOfTheIndexNoun_indexTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drug-caused conditions, poisonings and underdosing (encdrug loop), each checked on statements that are in no
 * evaluation set; expected codes written from the Table of Drugs and Chemicals, the Tabular List and Guidelines
 * I.C.19.e.5 and I.C.2.c.2 (FY2026 codes, outpatient).
 */
class DrugCausesIT extends OnOfficialFiles {

    /**
     * A drug the FY2025 Table of Drugs and Chemicals does not list is looked up by its class's row (SNRI,
     * checkpoint inhibitor, statin, atypical antipsychotic, antiepileptic): the condition, then the T code.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hyponatremia due to duloxetine, initial encounter | E87.1 T43.215A",
        "colitis due to nivolumab, initial encounter | K52.1 T45.AX5A",
        "myalgia due to rosuvastatin, initial encounter | M79.10 T46.6X5A",
        "accidental overdose of aripiprazole, initial encounter | T43.591A",
        "intentional overdose of gabapentin, initial encounter | T42.6X2A",
    })
    void encode_drugMissingFromTheTable_codedByItsClassRow(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The substance is the cause's word, not the condition's: "hypotension" is not the row "Hypotensive". */
    @Test
    void encode_hypotensionDueToNamedDrug_drugInducedAndTheDrugsCode() {
        assertThat(encoder.encode("hypotension due to lisinopril, initial encounter").codesText())
                .isEqualTo("I95.2 T46.4X5A");
    }

    /**
     * A condition of chemotherapy stated with the neoplasm: the condition and T45.1X5A, then the neoplasm; an
     * anemia first, then the neoplasm, then T45.1X5A (I.C.2.c.2).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "thrombocytopenia due to chemotherapy in patient with ovarian cancer | D69.59 T45.1X5A C56.9",
        "vomiting due to cisplatin in patient with lung cancer, initial encounter | R11.10 T45.1X5A C34.90",
        "anemia due to chemotherapy for multiple myeloma | D64.81 C90.00 T45.1X5A",
    })
    void encode_adverseEffectWithTheNeoplasm_sequencedAsTheGuidelinesSay(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A drug stopped or forgotten is underdosed: condition, T..6, then the intent Z91.12-/Z91.13- (I.C.19.e.5.c). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "essential hypertension, patient stopped taking metoprolol due to cost | I10 T44.7X6A Z91.120",
        "atrial fibrillation, patient forgot to take apixaban | I48.91 T45.516A Z91.138",
    })
    void encode_drugNotTakenAsPrescribed_underdosingAndIntent(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_underdosing_trailCitesTheGuideline() {
        EncodeResult r = encoder.encode("essential hypertension, patient stopped taking metoprolol due to cost");
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.19.e.5.c");
        assertThat(r.codes().get(1).trail().tabular()).anyMatch(t -> t.contains("underdos"));
    }
}

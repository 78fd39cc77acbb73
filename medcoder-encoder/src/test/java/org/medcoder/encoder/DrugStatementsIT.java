package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drug statements read through the Table of Drugs and Chemicals beyond one substance and one column (encdrug2 loop),
 * on statements that are in no evaluation set; expected codes written from the Alphabetic Index ("History, personal,
 * allergy"; "Shock, anaphylactic, due to drug"; "Ingestion, drug"), the Drug table, the FY2026 Tabular List and
 * Guidelines I.C.19.e.5 and I.C.21.c.3.
 */
class DrugStatementsIT extends OnOfficialFiles {

    /** An allergy to a drug stated without a reaction is a status, Z88.- by the class of the drug's table row. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "allergic to ampicillin | Z88.0",
        "tetracycline allergy | Z88.1",
        "allergy to hydrocodone | Z88.5",
        "allergy to naproxen | Z88.6",
        "allergic to penicillin and sulfa | Z88.0 Z88.2",
    })
    void encode_drugAllergyWithoutReaction_allergyStatus(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A reaction now is not a status. */
    @Test
    void encode_allergicReactionNow_noStatusCode() {
        assertThat(encoder.encode("allergic reaction to ampicillin, initial encounter").codesText())
                .doesNotContain("Z88");
    }

    /** Each substance of one poisoning is coded, in the order written, with the intent of the poisoning. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "intentional overdose of sertraline and alprazolam, initial encounter | T43.222A T42.4X2A",
        "accidental poisoning by acetaminophen and codeine, initial encounter | T39.1X1A T40.2X1A",
        "intentional overdose of diazepam with alcohol, initial encounter | T42.4X2A T51.0X2A",
    })
    void encode_severalSubstances_eachPoisoningCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A drug swallowed is its poisoning (unstated intent: accidental), not a foreign body. */
    @Test
    void encode_drugSwallowed_accidentalPoisoning() {
        EncodeResult r = encoder.encode("toddler swallowed grandfather's digoxin tablets, initial encounter");
        assertThat(r.codesText()).isEqualTo("T46.0X1A");
    }

    /** Anaphylaxis from a drug given properly: T88.6 first, then the drug's adverse-effect code. */
    @Test
    void encode_anaphylaxisDueToDrug_t886ThenAdverseEffect() {
        EncodeResult r = encoder.encode("anaphylaxis due to vancomycin, initial encounter");
        assertThat(r.codesText()).isEqualTo("T88.6XXA T36.8X5A");
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.C.19.e.5.a");
    }

    /** A fluoroquinolone is coded to its FY2026 subcategory T36.A-, not T36.8-. */
    @Test
    void encode_fluoroquinolone_t36a() {
        EncodeResult r = encoder.encode("nausea due to ciprofloxacin, initial encounter");
        assertThat(r.codesText()).isEqualTo("R11.0 T36.AX5A");
        assertThat(r.codes().get(1).trail().tabular()).anyMatch(t -> t.contains("T36.A"));
    }

    /** A drug being taken now is no history of its therapy (Z92.2-). */
    @Test
    void encode_currentAdverseEffectOfTherapy_noHistoryCode() {
        assertThat(encoder.encode("colitis due to checkpoint inhibitor therapy, initial encounter").codesText())
                .isEqualTo("K52.1 T45.AX5A");
    }

    /**
     * An underdosing's condition is coded first also when it is "worsened by" the underdosing, and the intent the
     * statement tells (forgot: unintentional; on purpose: intentional) is the Z91.13- or Z91.12- code, not "other
     * noncompliance" Z91.14- (I.C.19.e.5.c).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "epilepsy worsened by underdosing of phenytoin, patient forgot doses, initial encounter"
                + " | G40.909 T42.0X6A Z91.138",
        "COPD exacerbation, underdosing of albuterol, patient intentionally skipped doses, initial encounter"
                + " | J44.1 T48.6X6A Z91.128",
    })
    void encode_underdosingWithItsIntent_conditionUnderdosingIntent(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Neutropenia of chemotherapy is the index's "due to cytoreductive cancer chemotherapy" D70.1; other drugs D70.2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "drug-induced neutropenia from chemotherapy, initial encounter | D70.1 T45.1X5A",
        "neutropenia due to azathioprine, initial encounter | D70.2 T45.1X5A",
    })
    void encode_neutropeniaOfChemotherapy_d701(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A title that matches only the encounter words ("initial encounter") names no condition. */
    @Test
    void encode_unknownConditionWithEncounter_noForeignBodyCode() {
        assertThat(encoder.encode("procainamide-induced lupus, initial encounter").codesText()).doesNotContain("W44");
    }
}

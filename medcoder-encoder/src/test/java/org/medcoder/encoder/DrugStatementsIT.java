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

    /**
     * Review s8 #6, #7: T40.6- (narcotic, opiates) is a narcotic agent (Z88.5); contrast media is Z91.041 ("Allergy,
     * contrast media"; Radiographic dye allergy status), before the Drug-table class.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "narcotic allergy | Z88.5",
        "allergic to opiates | Z88.5",
        "patient with opiate allergy | Z88.5",
        "iodinated contrast allergy | Z91.041",
        "allergic to contrast dye | Z91.041",
        "history of allergy to radiographic dye | Z91.041",
        "allergic to iv contrast and amoxicillin | Z91.041 Z88.0",
    })
    void encode_narcoticOrContrastAllergy_statusCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review s8 #4: the words before an ingestion are its manifestation, coded after the poisoning (I.C.19.e.5.b);
     * with no intent, overdose or amount stated, a swallow is not read as a poisoning.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vomiting after accidental ingestion of ibuprofen | T39.311A R11.10",
        "headache after accidental ingestion of acetaminophen, initial encounter | T39.1X1A R51.9",
        "rash after intentional ingestion of amitriptyline, initial encounter | T43.012A R21",
    })
    void encode_manifestationBeforeIngestion_poisoningThenManifestation(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_symptomAfterOrdinarySwallow_noPoisoning() {
        assertThat(encoder.encode("odynophagia after swallowing aspirin tablet").codesText()).doesNotContain("T39");
        assertThat(encoder.encode("esophageal burn from swallowing bleach").codesText()).doesNotContain("T54");
    }

    /**
     * Review s8 #8: a caregiver's underdosing is the caregiver's (Z91.A3 unintentional, Z91.A48 intent unknown), and
     * the intent is added beside an underdosing code also when no noncompliance code was coded (I.C.19.e.5.c).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "underdosing of insulin, mother forgot to give doses | T38.3X6A Z91.A3",
        "migraine, underdosing of topiramate, grandmother forgot to give doses, initial encounter"
                + " | G43.909 T42.6X6A Z91.A3",
        "seizure disorder due to underdosing of levetiracetam, caregiver did not give doses, initial encounter"
                + " | G40.802 T42.6X6A Z91.A48",
        "hypertension worsened by underdosing of lisinopril, patient refused medication | I10 T46.4X6A Z91.128",
        "underdosing of metformin because patient could not afford it | T38.3X6A Z91.120",
        "heart failure due to underdosing of furosemide, patient decided to stop it, initial encounter"
                + " | I50.9 T50.1X6A Z91.128",
    })
    void encode_underdosingIntent_caregiverOrPatientCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drug statements in clinicians' wording (encdrug3 loop), on statements that are in no evaluation set; expected
 * codes written from the Alphabetic Index ("Diabetes, due to drug or chemical"; "Prolonged, QT interval"; "Retention,
 * urine, drug-induced"), the Table of Drugs and Chemicals, the FY2026 Tabular List and Guidelines I.C.19.e.5.
 */
class DrugWordingIT extends OnOfficialFiles {

    /** A manifestation written "after" an overdose, or a drug "taken in excess": the poisoning, then it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hallucinations after intentional overdose of diphenhydramine, initial encounter | T45.0X2A R44.3",
        "somnolence following accidental overdose of oxycodone | T40.2X1A R40.0",
        "vomiting after taking too much ibuprofen | T39.311A R11.10",
    })
    void encode_manifestationAfterOverdose_poisoningFirst(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "see Diabetes, due to, drug or chemical" reaches the subterm the index writes as one (E09.-). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "steroid-induced diabetes with diabetic nephropathy | E09.21 T38.0X5A",
        "Steroid induced diabetes mellitus, adverse effect of methylprednisolone | E09.9 T38.0X5A",
    })
    void encode_steroidInducedDiabetes_drugInducedDiabetes(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * No "code first" example of the T36-T50 note or toxic agent (T51-T65) of K52.1's note beside a drug's adverse
     * effect; "X, adverse effect of DRUG" names the drug, not a table row of the condition's words.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "serotonin syndrome from venlafaxine taken as prescribed | G90.81 T43.215A",
        "diarrhea due to colchicine, adverse effect | K52.1 T50.4X5A",
        "Hyperkalemia, adverse effect of lisinopril | E87.5 T46.4X5A",
    })
    void encode_adverseEffect_natureThenDrugOnly(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Financial hardship behind an underdosing is said by Z91.120, not also by a Z59 code (I.C.19.e.5.c). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Heart failure, patient taking less furosemide than prescribed due to financial hardship"
            + " | I50.9 T50.1X6A Z91.120",
    })
    void encode_underdosingForHardship_noSocialCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A drug class before the condition is its cause; QT prolongation and drug-caused urinary retention. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "beta blocker bradycardia | R00.1 T44.7X5A",
        "ACE inhibitor cough | R05.9 T46.4X5A",
        "QTc prolongation due to azithromycin | R94.31 T36.3X5A",
        "urinary retention secondary to amitriptyline | R33.0 T43.015A",
    })
    void encode_drugClassAndEffectWording_conditionThenDrug(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review fixes (review-a findings 2, 16, 5, 15 in part): a drug class before "overdose/poisoning/underdosing" is a poisoning
     * or an underdosing, never also an adverse effect or a "code first" example (I.C.19.e.5.b/c); a class the table
     * has no row of is never "Inhibitor, systemic lupus" D68.62; retention from BPH is N40.1 with its note's R33.8.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "beta blocker overdose | T44.7X1A",
        "beta blocker poisoning | T44.7X1A",
        "beta blocker underdosing | T44.7X6A",
        "proton pump inhibitor hypomagnesemia | E83.42 T47.1X5A",
        "hypomagnesemia due to proton pump inhibitor | E83.42 T47.1X5A",
        "alpha blocker floppy iris syndrome | H21.81 T44.6X5A",
        "c1 esterase inhibitor deficiency | D84.1",
        "urinary retention from BPH | N40.1 R33.8",
        "urinary retention due to enlarged prostate | N40.1 R33.8",
        "took too much tylenol | T39.1X1A",
    })
    void encode_reviewFindings_classificationCodes(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

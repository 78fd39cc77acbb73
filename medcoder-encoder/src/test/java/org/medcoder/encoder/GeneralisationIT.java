package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules found with the dev5 development set, each checked on statements that are not in any evaluation set
 * (FY2026 codes, outpatient).
 */
class GeneralisationIT extends OnOfficialFiles {

    /** Clinicians' abbreviations reach the index words (Shorthand). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PSVT | I47.10",
        "RBBB | I45.10",
        "pulmonary TB | A15.0",
        "s/p CABG | Z95.1",
        "SLE with nephritis | M32.14",
    })
    void encode_abbreviations_reachTheIndexTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "both eyes" is the tabular's "bilateral"; "history of" is the index's "History, personal (of)". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "senile nuclear cataract of both eyes | H25.13",
        "history of pulmonary embolism | Z86.711",
        "hx of falls | Z91.81",
        "family history of glaucoma | Z83.511",
    })
    void encode_bilateralAndPersonalHistoryWording_takesThatSubdivision(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Values the statement states: the trimester of its weeks of pregnancy (I.C.15.a.3) and their Z3A code
     * (I.C.21.c.11); the Z68 range of a BMI value after the condition (I.C.21.c.3).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pre-eclampsia at 30 weeks gestation | O14.93 Z3A.30",
        "supervision of normal pregnancy at 20 weeks | Z34.92 Z3A.20",
        "obesity due to excess calories with body mass index of 36 | E66.09 Z68.36",
        "obesity, BMI 31.6 | E66.9 Z68.31",
    })
    void encode_statedWeeksOrBmi_trimesterAndSupplementaryCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A note's chapter 15 code is paired only when the statement places the patient in a pregnancy (I.C.15.a). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "asymptomatic human immunodeficiency virus infection status | Z21",
        "asymptomatic HIV infection status in pregnancy, second trimester | O98.712 Z21",
    })
    void encode_pregnancyCodeFirstNote_pairedOnlyInPregnancy(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Bracketed words of an index title are a synonym, not required (I.A.6). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "elevated prostate specific antigen | R97.20",
    })
    void encode_indexTitleWithBracketedSynonym_matchedWithoutIt(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A condition a drug caused: the nature of the adverse effect first, then the drug's adverse-effect code even
     * when no note asks for it, with the statement's encounter (I.C.19.e.5.a); never the drug code first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "thrombocytopenia due to heparin, initial encounter | D75.829 T45.515A",
        "hypothyroidism due to amiodarone, subsequent encounter | E03.2 T46.2X5D",
        "rash due to amoxicillin, initial encounter | L27.0 T36.0X5A",
    })
    void encode_conditionDueToDrug_adverseEffectCodeFollows(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

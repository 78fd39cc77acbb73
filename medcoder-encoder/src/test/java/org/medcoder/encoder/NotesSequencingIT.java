package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notes, lists and sequencing (encmissA loop, session 10), on statements that are in no evaluation set; expected
 * codes written from the FY2026 Index, Tabular List and Guidelines.
 */
class NotesSequencingIT extends OnOfficialFiles {

    /** Weeks of gestation beside any pregnancy code, whatever the words around them (Z3A note, I.C.21.c.11). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "oligohydramnios at 33 weeks | O41.03X0 Z3A.33",
        "threatened abortion, 9 weeks | O20.0 Z3A.09",
    })
    void encode_pregnancyCodeWithWeeks_z3aAfterIt(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Each sign or symptom of a list is coded (I.B.4, I.B.6, IV.D); a combination the index path used is not split. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest pain and palpitations | R07.9 R00.2",
        "fatigue and weight loss | R53.83 R63.4",
        "Possible bronchitis; cough and wheezing | R05.9 R06.2",
        "nausea and vomiting | R11.2",
        "fever and chills | R50.9",
    })
    void encode_symptomList_eachSymptomUnlessCombined(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_symptomList_addedSymptomSaysWhy() {
        EncodeResult r = encoder.encode("chest pain and palpitations");
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.B.6");
    }

    /** The I11.0 note's "type of heart failure" is answered by the stated I50.22: no I50.9 beside it (I.A.13). */
    @Test
    void encode_noteAnsweredByStatedCode_noUnspecifiedSibling() {
        assertThat(encoder.encode("hypertensive heart disease with chronic systolic heart failure").codesText())
                .isEqualTo("I11.0 I50.22");
    }

    /** "And" in a title means and/or (I.A.14): one of the two words stated fits the title. */
    @Test
    void encode_oneWordOfAnAndPair_titleFits() {
        assertThat(encoder.encode("family history of serrated colon polyps").codesText()).isEqualTo("Z83.710");
    }

    /** A susceptibility is no current neoplasm: Z15.0's "code first, if applicable" pairs nothing (I.C.21.c.3). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "genetic susceptibility to breast cancer | Z15.01",
        "genetic susceptibility to endometrial cancer | Z15.04",
    })
    void encode_geneticSusceptibility_noNeoplasmCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A pre-procedural examination first, the reason for the surgery after it (IV.M). */
    @Test
    void encode_preoperativeExamination_z01ThenReason() {
        EncodeResult r = encoder.encode(
                "preoperative cardiac evaluation before hip replacement for osteoarthritis of left hip");
        assertThat(r.codesText()).isEqualTo("Z01.810 M16.12");
        assertThat(r.codes().get(0).trail().guidelines()).contains("IV.M");
    }
    /** Review-a session 10 findings 1, 2, 3, 11, 14, 15: each statement with the codes it must get. */
    @Test
    void encode_reviewStatementsSession10_guidelineCodes() {
        String[][] cases = {
            {"puerperal sepsis 3 weeks after delivery", "O85"}, // I.C.21.c.11: no Z3A postpartum
            {"mastitis 2 weeks postpartum", "O91.22"},
            {"gestational hypertension for 3 weeks, 34 weeks pregnant", "O13.3 Z3A.34"},
            {"breech presentation, 36 weeks", "O32.1XX0 Z3A.36"},
            {"pre-procedure COVID testing", "Z11.52"}, // I.C.1.g.1.f
            {"denies egg allergy", ""},
            {"no peanut allergy", ""},
            {"peanut allergy", "Z91.010"},
            {"supervision of pregnancy with history of stillbirth", "O09.299"},
            {"supervision of pregnancy with history of preterm labor, third trimester", "O09.213"},
            {"supervision of pregnancy with history of ectopic pregnancy", "O09.10"},
        };
        for (String[] c : cases) {
            assertThat(encoder.encode(c[0]).codesText()).as(c[0]).isEqualTo(c[1]);
        }
        // I.C.15.b.2: a history the index does not list under high-risk supervision is no O09 code.
        for (String s : new String[] {"supervision of pregnancy, history of appendectomy",
            "supervision of pregnancy, history of migraine"}) {
            assertThat(encoder.encode(s).codesText()).as(s).doesNotContain("O09");
        }
    }

    /** A residual written as the sequela of an injury: the residual first, then the injury with S (I.C.19.a). */
    @Test
    void encode_residualSequelaOfInjury_residualThenInjuryWithS() {
        EncodeResult r = encoder.encode(
                "post-traumatic osteoarthritis of right knee, sequela of fracture of right patella");
        assertThat(r.codesText()).isEqualTo("M17.31 S82.001S");
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.19.a");
    }

    /** A food allergy without a reaction is a status (Index: Allergy, food, status (without reaction)). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "egg allergy | Z91.0120",
        "fish allergy | Z91.013",
    })
    void encode_foodAllergyWithoutReaction_allergyStatus(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The primary stays when the metastatic site is written before "metastases to" (I.C.2). */
    @Test
    void encode_siteWordBeforeMetastasesTo_primaryThenSecondary() {
        assertThat(encoder.encode("lung cancer with bone metastases to the pelvis").codesText())
                .isEqualTo("C34.90 C79.51");
    }

    /** Supervision of a pregnancy with an obstetric history is high-risk supervision (O09.-; I.C.15.b.2). */
    @Test
    void encode_supervisionWithObstetricHistory_o09WithWeeks() {
        assertThat(encoder.encode("supervision of pregnancy with history of ectopic pregnancy, 20 weeks").codesText())
                .isEqualTo("O09.12 Z3A.20");
    }

    /**
     * A "code also" note pairs two codes without sequencing them (I.A.17): the statement's subject comes first, the
     * condition it is "with" after (H05.83 "code also ... autoimmune thyroiditis (E06.3)"; FY2026 Index "Orbitopathy
     * (Graves') (thyroid) H05.83-"), whichever of the two the Index path reached first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Graves disease with thyroid orbitopathy, right orbit | E05.00 H05.831",
        "Hashimoto thyroiditis with bilateral thyroid orbitopathy | E06.3 H05.833",
        "Hashimoto thyroiditis with thyroid orbitopathy, right orbit | E06.3 H05.831",
        "Thyroid orbitopathy of right orbit due to Graves disease | H05.831 E05.00",
    })
    void encode_codeAlsoPair_subjectOfTheStatementFirst(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_codeAlsoPair_trailCitesCodeAlsoSection() {
        EncodeResult r = encoder.encode("Graves disease with thyroid orbitopathy, right orbit");
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.A.17");
    }
}

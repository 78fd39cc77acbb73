package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Family history, ages and whose status a code reports (encstatus2 loop), on the official FY2026 files. Every
 * statement here is in no evaluation set; the expected codes were written from the Alphabetic Index, the Tabular
 * List inclusion terms and the Official Guidelines FY2026 before the encoder was run on them.
 */
class FamilyHistoryIT extends OnOfficialFiles {

    /**
     * A family history the index lists no subterm for: the Z80-Z84 code whose "Conditions classifiable" inclusion
     * term covers the condition (I.A.11, I.C.21.c.4), never the condition itself.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "family history of schizophrenia | Z81.8",
        "family history of heart failure | Z82.49",
        "family history of COPD | Z82.5",
        "family history of alcohol dependence | Z81.1",
        "family history of myocardial infarction in father | Z82.49",
    })
    void encode_familyHistoryOfCondition_familyHistoryCodeNotCondition(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A clause about a relative describes the relative: nothing is coded for the patient from it (I.C.21.c.4). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "family history of ischemic heart disease; brother had a heart attack at 52 | Z82.49",
    })
    void encode_relativeClause_notCodedForPatient(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An age in years says who the patient is: no "Old age" R54 (I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unspecified asthma in a 9 year old boy | J45.909",
        "cellulitis of left lower leg in 67 yo man | L03.116",
    })
    void encode_ageInYears_notOldAge(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "OM" beside an otitis media kind or an ear is otitis media (Otitis, media, chronic, serous: nonsuppurative H65.2-). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chronic serous OM in the right ear | H65.21",
    })
    void encode_omBesideEar_otitisMedia(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Exposure to a communicable disease the "Exposure"/"Contact" entries lack: the Z20 code by the disease's title,
     * never the disease (I.C.21.c.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "exposure to hepatitis B virus | Z20.5",
        "exposed to hepatitis C at work | Z20.5",
    })
    void encode_exposureToDisease_contactCodeNotDisease(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review s8 findings 1-2: the Z20 code follows the disease coded alone, its own Z20 code when the Tabular List has
     * one (Z20.820 varicella, Z20.811 meningococcus), else the residual code of its kind (viral Z20.828, bacterial
     * Z20.818); never Z20.6 (HIV) for any virus, never the disease, its organism (B97.4) or T75.89 (I.C.21.c.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "exposure to measles virus | Z20.828",
        "exposure to herpes simplex virus | Z20.828",
        "exposure to west nile virus | Z20.828",
        "exposure to mumps virus | Z20.828",
        "exposed to chickenpox | Z20.820",
        "exposure to chickenpox | Z20.820",
        "exposure to measles | Z20.828",
        "exposure to norovirus | Z20.828",
        "exposure to respiratory syncytial virus | Z20.828",
        "contact with meningococcal disease | Z20.811",
        "exposed to strep throat at daycare | Z20.818",
        "exposure to influenza | Z20.828",
    })
    void encode_exposureToDisease_z20OfTheDiseaseOrItsKind(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An exposure that is no communicable disease keeps its usual reading (a burn's cause is no Z20). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "contact with hot water | X11.8XXA",
    })
    void encode_exposureToNoDisease_usualReading(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review s8 finding 9: a clause is the relative's only when the relative is its subject; a clause that only names
     * a relative ("arguing with son") or uses "relative" as an adjective is the patient's and is coded.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "family history of heart disease, chest pain after arguing with son | R07.9 Z82.49",
        "family history of diabetes, relative hypotension | I95.9 Z83.3",
        "family history of colon cancer, father had mi at 48 | Z80.0",
        "family history of breast cancer, mother with ovarian cancer | Z80.3",
    })
    void encode_clauseNamingRelative_droppedOnlyWhenRelativeIsSubject(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review s12 R3: a relative's service or status that reads to a chapter 21 Z code of the person's own (Z91.85
     * personal history of military service) is no family history of a disease (I.C.21.c.4): no Z84.89, the patient's
     * own clauses coded.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "father was a Vietnam veteran, hypertension | I10",
        "hypertension, mother is a retired army veteran | I10",
        "asthma; brother was a Gulf War veteran | J45.909",
    })
    void encode_relativesStatus_noFamilyHistoryCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review s12 finding 1: a denied family history is none (I.C.21.c.4: a family member who has had the disease;
     * IV.H: an absence is not coded); a stated one is still coded.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no family history of colon cancer | ''",
        "denies family history of breast cancer, hypertension | I10",
        "type 2 diabetes, no known family history of diabetes | E11.9",
        "family history negative for ovarian cancer | ''",
        "colon polyp with no family history of colon cancer | K63.5",
        "family history of colon cancer | Z80.0",
    })
    void encode_deniedFamilyHistory_notCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

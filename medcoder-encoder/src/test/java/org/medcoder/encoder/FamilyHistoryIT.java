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
}

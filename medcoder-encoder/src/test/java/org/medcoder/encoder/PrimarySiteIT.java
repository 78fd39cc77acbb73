package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Neoplasm, pregnancy and complication rules found with the dev7-neo development set, each checked on statements
 * that are in no evaluation set (FY2026 codes, outpatient), expected codes written from the Index, the Neoplasm table,
 * the Tabular List and the Official Guidelines.
 */
class PrimarySiteIT extends OnOfficialFiles {

    /** A metastasis whose primary site is unknown: the secondary site, then C80.1 (I.C.2.k). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "secondary malignant neoplasm of adrenal gland, primary site unknown | C79.70 C80.1",
        "bone metastases of unknown primary | C79.51 C80.1",
    })
    void encode_unknownPrimary_secondaryThenC801(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An excised primary: the secondary site, then Z85 of the former site (I.C.2.d); one named "from": its code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bone metastases; kidney cancer resected 4 years ago, no evidence of disease | C79.51 Z85.528",
        "liver metastases from carcinoma of stomach | C78.7 C16.9",
    })
    void encode_primaryNamedBesideMetastasis_secondaryThenPrimaryOrHistory(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A pathological fracture due to a neoplasm: M84.5- first, then the neoplasm (M84.5 code also note, I.C.2.l.6). */
    @Test
    void encode_pathologicalFractureDueToNeoplasm_fractureThenNeoplasm() {
        EncodeResult r = encoder.encode(
                "pathological fracture of left humerus due to multiple myeloma, initial encounter");
        assertThat(r.codesText()).isEqualTo("M84.522A C90.00");
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.C.2.l.6");
    }

    /** "Melanoma" means melanoma of skin (its "skin" subterm carries the main term's code): sites under it apply. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "malignant melanoma of right knee | C43.71",
        "melanoma of the chin | C43.39",
    })
    void encode_melanomaBySite_skinSiteCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Influenza A or B is influenza due to an identified virus (J10.-); novel influenza A is J09.X- (I.C.10.c). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "influenza B with otitis media | J10.83",
        "novel influenza A with pneumonia | J09.X1",
    })
    void encode_identifiedInfluenza_j10OrJ09(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A condition in a pregnancy: the O99 code whose note asks for the condition's category (O99.33 F17) or whose
     * "Conditions in" inclusion term covers it, the condition, then Z3A for stated weeks (I.C.15.a.1, I.C.21.c.11).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "migraine in pregnancy, second trimester | O99.352 G43.909",
        "cigarette smoker, pregnant at 8 weeks | O99.331 F17.210 Z3A.08",
        "GERD in pregnancy, third trimester | O99.613 K21.9",
        "placenta previa at 30 weeks | O44.03 Z3A.30",
    })
    void encode_conditionInPregnancy_chapter15First(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Joint prosthesis complications as clinicians write them: M97.- periprosthetic fracture, T84.5- infection. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "periprosthetic fracture around right shoulder replacement, initial encounter | M97.31XA",
        "infected left total hip arthroplasty, initial encounter | T84.52XA",
    })
    void encode_jointProsthesisComplication_deviceCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Breast carcinoma in situ by type: LCIS D05.0-, DCIS the index's intraductal carcinoma D05.1-. */
    @Test
    void encode_lobularCarcinomaInSitu_d050() {
        assertThat(encoder.encode("LCIS of left breast").codesText()).isEqualTo("D05.02");
    }

    /**
     * Infections of care: a surgical site infection by its type (T81.4-), and the organism the "use additional code
     * to identify infection" note at T84.5 asks for (B96.20), after the complication code (I.A.13, I.C.19.g).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "organ/space surgical site infection, initial encounter | T81.43XA",
        "infection of left knee prosthesis due to E. coli, initial encounter | T84.54XA B96.20",
    })
    void encode_infectionOfCare_complicationThenInfection(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

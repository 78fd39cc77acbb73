package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules of the miss15 loop (holdout15's misses by kind), each checked on statements that are in no
 * evaluation set (FY2026 codes, DOS 2026-03-01, outpatient).
 */
class Miss15IT extends OnOfficialFiles {

    /**
     * A device the patient lives with, in physicians' words, is its presence status (I.C.21.c.3); a plural "aids"
     * after what it aids is the noun, not HIV disease (I.C.1.a); no status beside the device's complication.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Keratoconus of left eye, wears contact lenses | H18.602 Z97.3",
        "Sick sinus syndrome with a permanent pacemaker | I49.5 Z95.0",
        "Normal pressure hydrocephalus, has a VP shunt | G91.2 Z98.2",
        "Type 1 diabetes with diabetic nephropathy, insulin pump user | E10.21 Z96.41",
        "Tinnitus of both ears, no hearing aids | H93.13",
        "Parkinson's disease, uses walking aids | G20.A1",
        "patient with AIDS who wears glasses | B20 Z97.3",
        "Woman with AIDS who uses contact lenses | B20 Z97.3",
    })
    void encode_devicePresenceWording_statusCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A severity written with its axis noun is the value stated, not "severe" (I.A.18). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Recurrent major depressive disorder, mild severity | F33.0",
        "Persistent asthma, severity: moderate | J45.40",
    })
    void encode_severityWithAxisNoun_theStatedValue(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "After"/"following" an operation or radiation is the index's postprocedural or postirradiation (I.B.16). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hypoparathyroidism after parathyroidectomy | E89.2",
        "Hypopituitarism following cranial irradiation | E89.3",
    })
    void encode_afterProcedure_postproceduralSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A prenatal statement in obstetricians' words: the mother's age with her gravidity, a previous cesarean, an
     * obstetric history (I.C.15.b.2, Tabular O09.5-/O09.6- ages, O34.21-).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pregnancy at 18 weeks in a 41-year-old G4P3 | O09.522 Z3A.18",
        "Prenatal visit, 36-year-old primigravida, 10 weeks | O09.511 Z3A.10",
        "Pregnancy at 30 weeks, prior classical cesarean | O34.212 Z3A.30",
        "Pregnancy at 15 weeks with history of infertility | O09.02 Z3A.15",
    })
    void encode_prenatalWording_supervisionOrMaternalCare(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Sites and synonyms the index files under another word (I.A.18, I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gout of left ankle | M10.072",
        "Gout flare of the right great toe | M10.071",
        "Cellulitis of right forearm | L03.113",
        "Infantile atopic dermatitis | L20.83",
        "Dyshidrotic eczema of the hands | L30.1",
        "Tear of right ACL, initial encounter | S83.511A",
    })
    void encode_siteOrSynonymTheIndexFilesElsewhere_indexCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Encounter companions: vaccines given (Z23), postpartum check (Z39.2), high-risk behavior by kind (Z72.5-). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Well-child visit at 4 years, normal; vaccines administered | Z00.129 Z23",
        "Postnatal visit at 6 weeks, doing well | Z39.2",
        "Screening for STD; high-risk heterosexual behavior | Z11.3 Z72.51",
    })
    void encode_encounterCompanions_codedWithTheVisit(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

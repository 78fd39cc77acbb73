package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Index and tabular choices (encchoice loop): negated qualifiers, screening against the disease, sites the index
 * names otherwise, foreign bodies, food anaphylaxis, examinations with findings, follow-up and aftercare. Statements
 * in no evaluation set; FY2026 codes written from the index, the Tabular List and the Official Guidelines.
 */
class ChoicesIT extends OnOfficialFiles {

    /** A negated qualifier is not coded: "no septic shock" is not R65.21 (I.C.1.d.2), "not in remission" C90.00. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "severe sepsis, no septic shock | A41.9 R65.20",
        "sepsis due to E. coli, without septic shock | A41.51",
        "multiple myeloma, not in remission | C90.00",
    })
    void encode_negatedQualifier_notCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Screening for a cancer is Z12.-, never the neoplasm looked for (I.C.21.c.5). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "screening for colon cancer | Z12.11",
        "screening for stomach cancer | Z12.0",
        "prostate cancer screening | Z12.5",
    })
    void encode_screeningForCancer_screeningCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Sites the index files under another word: colon parts as "intestine, large", "metatarsal bone". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "diverticulosis of sigmoid colon | K57.30",
        "jejunal diverticulosis | K57.10",
        "displaced fracture of left second metatarsal, initial encounter | S92.322A",
        "thrombotic stroke of right anterior cerebral artery | I63.321",
        "embolic stroke of left cerebellar artery | I63.442",
        "esophageal cancer | C15.9",
        "rectal cancer | C20",
        "adenocarcinoma of the sigmoid colon | C18.7",
        "Lyme arthritis of the knee | A69.23",
        "history of colon polyps | Z86.0100",
    })
    void encode_siteNamedOtherwise_indexSubtermOfTheSite(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An object swallowed or lodged is a foreign body (T18.-, T17.-); anaphylaxis to a named food T78.0-. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "swallowed marble, initial encounter | T18.9XXA",
        "bead in left nostril, initial encounter | T17.1XXA",
        "anaphylaxis due to cashews, initial encounter | T78.05XA",
        "anaphylactic reaction to shrimp, initial encounter | T78.02XA",
    })
    void encode_objectOrFood_indexGroupOfIt(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Exams with a new finding (I.C.21.c.12), follow-up after cancer (I.C.21.c.8), fracture aftercare (I.C.21.c.7). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "annual physical exam, newly diagnosed hypertension | Z00.01 I10",
        "well child visit, found to have otitis media | Z00.121 H66.90",
        "follow-up exam after completed treatment of breast cancer | Z08 Z85.3",
        "aftercare for fracture of left clavicle | S42.002D",
        "family history of colon cancer | Z80.0",
    })
    void encode_encounterWording_guidelineCodes(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

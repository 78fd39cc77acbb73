package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of the encmissB loop (session 10) on statements that are in no evaluation set; expected codes from the
 * Index, the Index to External Causes, the FY2026 Tabular List and the Official Guidelines.
 */
class ReadingIT extends OnOfficialFiles {

    /**
     * External causes as written: a trip or stumble and fall (W01.0), a body part struck on an object (W22.8), an
     * insect bite (W57), the activity at the initial encounter only (Y93; I.C.20.a.3, I.C.20.c).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contusion of left elbow, stumbled and fell, initial encounter | S50.02XA W01.0XXA",
        "Contusion of right elbow, banged elbow on door, initial encounter | S50.01XA W22.8XXA",
        "Insect bite of left thigh, initial encounter | S70.362A W57.XXXA",
        "Sprain of left wrist while playing soccer, initial encounter | S63.502A Y93.66",
        "Sprain of left wrist while playing soccer, subsequent encounter | S63.502D",
        "Laceration of left thumb while gardening, initial encounter | S61.012A Y93.H2",
    })
    void encode_externalCauseAsWritten_indexEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Sites through "Lipoma, site classification" and "Melanoma, in situ" (I.A.16, I.C.2). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lipoma of right upper arm | D17.21",
        "Lipoma of abdominal wall | D17.1",
        "Lipoma of face | D17.0",
        "Melanoma in situ of skin of right forearm | D03.61",
    })
    void encode_siteClassification_siteCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Single-letter subterms, fracture healing as the 7th character, short forms (I.A.9, I.C.19.c.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Viral hepatitis A | B15.9",
        "Fracture of right humeral shaft, delayed union, subsequent encounter | S42.301G",
        "ASD | Q21.10",
        "MOGAD | G37.81",
    })
    void encode_indexReading_code(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Birth weight before gestational age (P07 note, I.C.16.e); a newborn's weeks are no pregnancy (I.C.15.a). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Preterm infant, birth weight 900 grams, 27 completed weeks | P07.03 P07.26",
        "Low birth weight infant, 1800 g | P07.17",
    })
    void encode_newbornMaturity_weightThenWeeks(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

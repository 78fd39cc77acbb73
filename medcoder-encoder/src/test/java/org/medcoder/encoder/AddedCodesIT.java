package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codes added in FY2024-FY2026, which the FY2023 Alphabetic Index in use cannot point to (encadded loop), on
 * statements that are in no evaluation set; expected codes written from the FY2026 Tabular List titles (order file)
 * and the Official Guidelines.
 */
class AddedCodesIT extends OnOfficialFiles {

    /**
     * An added code beside the index code (not below it) whose title repeats the index code's words and names the
     * statement's site: the FY2023 index filed the pelvis with the femur (M80.85-), FY2024 added M80.8B- (I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "disuse osteoporosis with pathological fracture of left pelvis, initial encounter for fracture | M80.8B2A",
        "drug-induced osteoporosis with pathological fracture of pelvis, subsequent encounter with routine healing"
            + " | M80.8B9D",
    })
    void encode_addedCodeBesideTheIndexCode_borrowsItsTitleWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A child "unspecified as to perforation" is the code for a statement silent on perforation (I.A.9, I.B.18). */
    @Test
    void encode_silentOnTheAxis_unspecifiedAsToChild() {
        assertThat(encoder.encode("generalized peritonitis due to acute appendicitis").codesText())
                .isEqualTo("K35.209");
    }

    /** Sub-grades written in roman or arabic numerals read alike ("grade IIIb" of C82.4-). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "follicular lymphoma grade IIIb, lymph nodes of axilla | C82.44",
        "follicular lymphoma grade 3b in remission | C82.4A",
        "follicular lymphoma, grade IIIa, in remission | C82.3A",
    })
    void encode_subGrade_romanOrArabic(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A bracketed abbreviation in an added title stands for the words before it (I.A.6 brackets). */
    @Test
    void encode_bracketedAbbreviation_supportsTheTitle() {
        assertThat(encoder.encode("Danon disease (LAMP2 deficiency)").codesText()).isEqualTo("E74.05");
    }

    /** Added codes with a 7th character whose base was added too, reached by their full title (I.A.5). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nonthermal blister of flank, initial encounter | S30.82AA",
        "toxic effect of xylazine, accidental, subsequent encounter | T65.841D",
        "effects of other war theater, initial encounter | T75.838A",
    })
    void encode_addedSeventhCharacterCode_reachedByItsTitle(String statement, String codes) {
        EncodeResult r = encoder.encode(statement);
        assertThat(r.codesText()).isEqualTo(codes);
    }

    /** "Encounter for" of a Z encounter title is the code's kind, the statement names the reason (I.C.21.c.7). */
    @Test
    void encode_encounterTitle_reachedByItsReason() {
        assertThat(encoder.encode("aftercare for sepsis").codesText()).isEqualTo("Z51.A");
    }

    /** A negated title word the statement negates too is counted once: the stated intractability decides. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lafora progressive myoclonus epilepsy, intractable, with status epilepticus | G40.C11",
        "Lafora progressive myoclonus epilepsy, not intractable, with status epilepticus | G40.C01",
    })
    void encode_negatedTitleWord_countedOnce(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

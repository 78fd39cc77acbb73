package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The general rules of the session 10 sweep of chapters 1 and 3-8 (encsweep1), on statements that are in no
 * evaluation set; expected codes written from the Alphabetic Index, the FY2026 Tabular List and its notes.
 */
class SweepChaptersIT extends OnOfficialFiles {

    /**
     * An index term whose only reference is a subcategory ("Perforation, tympanum, marginal NEC" H72.2;
     * "Bonnier's syndrome" H81.8) leads to that subcategory, completed in the Tabular List (I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "marginal perforation of left tympanic membrane | H72.2X2",
        "Bonnier syndrome, right ear | H81.8X1",
        "acoustic neuritis | H93.3X9",
    })
    void encode_termWithSubcategoryOnly_walksThatSubcategory(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Clinicians' short forms of organisms, immunoglobulins and CRPS read as the index's words (I.A.15, I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H. influenzae meningitis | G00.0",
        "selective IgA deficiency | D80.2",
        "CRPS I of left lower limb | G90.522",
    })
    void encode_shortForm_readAsIndexWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The index's Latin and age nouns meet the clinician's adjectives ("Hordeolum, externum"; "Pica, infant"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "external hordeolum of right upper eyelid | H00.011",
        "pica of infancy | F98.3",
        "gonorrheal conjunctivitis | A54.31",
    })
    void encode_latinOrAgeVariant_meetsTheIndexTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Under an index term without a code of its own, a statement silent on its subterms gets the "without" subterm
     * or the single residual "specified NEC" one, never the parent's code (I.A.9, I.A.18).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HHV-7 infection | B10.82",
        "intractable menstrual migraine | G43.839",
        "intractable migraine with aura | G43.119",
    })
    void encode_uncodedTermSilentOnSubterms_takesDefaultSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A condition the index files "due to known physiological condition" / "due to underlying condition": the stated
     * cause is coded first, as the code's "code first" note requires (I.A.13, I.C.4.a.6.b).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mood disorder with depressive features due to Cushing syndrome | E24.9 F06.31",
        "anxiety disorder due to hyperthyroidism | E05.90 F06.4",
        "delirium due to urinary tract infection | N39.0 F05",
        "diabetes due to cystic fibrosis | E84.9 E08.9",
    })
    void encode_causeNamedGenericallyByIndex_causeFirst(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A clause whose term the combination path walked through to another chapter is not coded again (I.B.9). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gluten ataxia in celiac disease | K90.0 G32.81",
    })
    void encode_clauseTermWalkedThrough_notCodedAgain(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The general rules of the session 11 second pass over chapters 1 and 3-8 (encsweep6), on statements that are in no
 * evaluation set; expected codes written from the Alphabetic Index, the FY2026 Tabular List and its notes.
 */
class SweepSecondPassIT extends OnOfficialFiles {

    /**
     * An organism written as a noun meets the index's adjective and the reverse ("Pneumonia, adenoviral";
     * "Meningitis, meningococcal"; "Hepatitis, cytomegaloviral"), I.B.1.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "adenovirus pneumonia | J12.0",
        "meningitis due to meningococcus | A39.0",
        "cytomegalovirus hepatitis | B25.1",
    })
    void encode_organismNounOrAdjective_meetsTheIndexTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "X induced" written without the hyphen is a drug cause: the condition, then the adverse effect (I.C.19.e.5.a). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "amiodarone induced hypothyroidism | E03.2 T46.2X5A",
    })
    void encode_drugInducedWithoutHyphen_conditionThenAdverseEffect(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Retinal vascular occlusions by their clinicians' initials (Index: Occlusion, retina, vein / artery). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BRVO right eye with macular edema | H34.8310",
        "CRAO, left eye | H34.12",
    })
    void encode_retinalOcclusionInitials_readAsIndexWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The residual condition first, then the "Sequelae (of)" code of the disease that caused it (I.B.10). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hydrocephalus as a late effect of bacterial meningitis | G91.9 G09",
    })
    void encode_residualOfDisease_residualThenSequelaCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Both eyelids of one kind, no bilateral code: the right and the left code (I.B.13). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dermatochalasis of both lower eyelids | H02.832 H02.835",
    })
    void encode_bothEyelidsWithoutBilateralCode_eachSide(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A note naming the other condition in words: F84 "code also ... intellectual disabilities", D76.2 "use
     * additional code to identify infectious agent or disease" (I.A.13, I.A.17).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "infection-associated hemophagocytic syndrome due to visceral leishmaniasis | D76.2 B55.0",
    })
    void encode_noteNamingConditionInWords_bothCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

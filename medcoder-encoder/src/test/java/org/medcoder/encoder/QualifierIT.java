package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules of the encwithout loop (negated qualifiers, "code first" lists, index paths), each checked on
 * statements that are in no evaluation set (FY2026 codes, outpatient).
 */
class QualifierIT extends OnOfficialFiles {

    /**
     * "without X" is never a positive qualifier: every item of a negated list, a parenthesised modifier inside the
     * negation and the "w/o" shorthand stay negated, so the "with" subterm is not taken (I.A.15) and the tabular
     * "without" code wins; a "with" group the statement negates is not read through to its "not specified as
     * recurrent" subterm.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "diverticulitis of small intestine without perforation, abscess or bleeding | K57.12",
        "moderate persistent asthma without (acute) exacerbation | J45.40",
        "femoral hernia w/o obstruction or gangrene | K41.90",
        "bilateral inguinal hernia without obstruction or gangrene, recurrent | K40.21",
        "chronic duodenal ulcer without hemorrhage, perforation or obstruction | K26.7",
    })
    void encode_negatedQualifier_takesTheWithoutCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The items of one "code first" list are alternatives: the stated one only (I.A.13). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hypertensive heart disease with acute systolic heart failure | I11.0 I50.21",
    })
    void encode_codeFirstListWithStatedItem_pairsThatItemOnly(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Index paths: a detail the coder was sent away from by "see" moves an "unspecified" code to the sibling naming
     * it (I.A.16, I.B.1); a group whose nonessential modifiers the statement has is read through ("Arteriosclerosis,
     * extremities (native arteries), leg"); an organism's current name meets the index's former one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cerebral infarction due to thrombosis of left anterior cerebral artery | I63.322",
        "atherosclerosis of native arteries of left leg with rest pain | I70.222",
        "Clostridioides difficile enterocolitis, not specified as recurrent | A04.72",
    })
    void encode_indexPathThroughReferenceOrGroup_reachesTheSpecificCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the session 12 round-trip loop of chapters 15-18 and 21 (rtC), each checked on physician-worded
 * statements that are in no evaluation set; expected codes from the index, the tabular and the guidelines (FY2026,
 * outpatient).
 */
class ClassifiedSuspicionIT extends OnOfficialFiles {

    /**
     * A qualifier the code's own title names is the classification's category, not an uncertain diagnosis: contact
     * with and suspected exposure (I.C.21.c.1), maternal care for known or suspected fetal problems (I.C.15.e.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "suspected exposure to hepatitis B | Z20.5",
        "suspected exposure to lead at work | Z77.011",
        "known or suspected placental insufficiency, 33 weeks | O36.5130 Z3A.33",
    })
    void encode_qualifierInTheCodesTitle_codesTheSuspicion(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Any other suspected diagnosis stays uncoded in the outpatient setting; its symptoms are coded (IV.H). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "productive cough, suspected pneumonia | R05.9",
        "RLQ pain, suspected appendicitis | R10.31",
    })
    void encode_qualifierNotInTheTitle_symptomsOnly(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * "Maternal care (for) - see Pregnancy (complicated by) (management affected by)": the reference names the
     * subterm "complicated by" of "Pregnancy", where the fetal conditions are listed (I.A.16).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "maternal care for fetal spina bifida | O35.08X0",
        "maternal care for fetal microcephaly, 24 weeks | O35.07X0 Z3A.24",
    })
    void encode_maternalCare_readUnderPregnancyComplicatedBy(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

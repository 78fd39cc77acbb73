package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review fixes of session 15 (review-a finding 1), each on statements in no evaluation set (FY2026 codes, DOS
 * 2026-03-01, outpatient).
 */
class ReviewFixA15IT extends OnOfficialFiles {

    /**
     * A drug class named by its noun before "-induced", with the drug named after the condition: the drug is the
     * cause (I.C.19.e.5.a), the class word is no main term of its own ("Inhibitor, systemic lupus erythematosus"
     * D68.62 needs "lupus", I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ACE inhibitor-induced cough from lisinopril | R05.9 T46.4X5A",
        "ACE inhibitor-induced cough due to lisinopril | R05.9 T46.4X5A",
        "severe ACE inhibitor-induced angioedema due to enalapril | T78.3XXA T46.4X5A",
        "beta blocker-induced bradycardia from metoprolol | R00.1 T44.7X5A",
        "proton pump inhibitor-induced hypomagnesemia from omeprazole | E83.42 T47.1X5A",
    })
    void encode_classNounInducedWithDrugAfter_conditionAndDrug(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

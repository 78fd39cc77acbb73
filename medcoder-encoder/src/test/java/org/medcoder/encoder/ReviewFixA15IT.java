package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review fixes of session 15 (review-a findings 1 and 2), each on statements in no evaluation set (FY2026 codes, DOS
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

    /**
     * A cause worded inside a "history of" clause gives no adverse-effect code: the condition is not current
     * (I.C.21.c.4), so no drug caused a current one (I.C.19.e.5.a).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "history of neuroleptic-induced parkinsonism from haloperidol | T43.4X5A",
        "history of erythrocytosis due to testosterone replacement therapy | T38.7X5A",
        "hx of hyponatremia after starting sertraline | T43.225A",
        "history of hypokalemia from furosemide | T50.1X5A",
    })
    void encode_drugCauseInHistoryClause_noAdverseEffectCode(String statement, String drugCode) {
        assertThat(encoder.encode(statement).codesText()).doesNotContain(drugCode);
    }
}

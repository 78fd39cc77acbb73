package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Habit, service and adherence clauses that are not the patient's own (review s12, fixA): a negated habit, another
 * person's service, a dialysis session missed for a reason that is no choice of the patient's give no second code
 * (I.B.4-I.B.5, I.C.21.c.4, I.C.19.e.5.c); statements in no evaluation set.
 */
class RiskClausesIT extends OnOfficialFiles {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "COPD, patient is not a smoker | J44.9",
        "hypertension, she is not a smoker | I10",
        "gout, patient is not a smoker | M10.9",
        "hypertension, husband is a veteran | I10",
        "low back pain, not a veteran | M54.50",
        "hyperkalemia, missed dialysis due to hospitalization | E87.5",
        "hyperkalemia, missed dialysis sessions because of admission for pneumonia | E87.5",
    })
    void encode_notThePatientsOwn_conditionOnly(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

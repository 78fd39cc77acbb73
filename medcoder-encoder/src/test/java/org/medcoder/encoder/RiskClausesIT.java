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

    /**
     * Review s12 27-59 (fixA): the patient's own tobacco habit by product, amount, a habit given up, counseling, a
     * diet refused
     * (IV.J, I.C.21.c.4, I.C.21.c.10, I.C.21.c.13).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hypertension, smokes cigars daily | I10 F17.290",
        "gout, smokes a pipe | M10.9 F17.290",
        "eczema, smokes cigarillos daily | L30.9 F17.290",
        "hypertension, 10 cigarettes per day | I10 F17.210",
        "gout, 30 pack-years | M10.9 F17.210",
        "COPD, former 2 ppd smoker | J44.9 Z87.891",
        "psoriasis, smoker, quit 10 years ago | L40.9 Z87.891",
        "hypertension, counseled to quit smoking | I10 Z71.6",
        "gout, counseled to quit smoking | M10.9 Z71.6",
        "hypertension, refuses to follow diet | I10 Z91.119",
        "gout, not following a low-purine diet | M10.9 Z91.119",
        "obesity, refused to follow her diet | E66.9 Z91.119",
    })
    void encode_ownTobaccoOrDiet_itsCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

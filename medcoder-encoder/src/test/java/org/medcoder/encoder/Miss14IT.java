package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules of the miss14 loop (holdout14's misses by kind), each checked on statements that are in no
 * evaluation set (FY2026 codes, DOS 2026-03-01, outpatient).
 */
class Miss14IT extends OnOfficialFiles {

    /**
     * The cause after "due to", "from", "secondary to" is coded too when no combination code includes it (I.B.7,
     * I.B.9, IV.J); the condition before it too when the index path read only the cause; a "code first" or "code
     * also" note asking for the underlying condition places it (I.A.13, I.A.17, I.C.9.a.6).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Secondary erythrocytosis due to COPD | D75.1 J44.9",
        "Iron deficiency anemia from chronic blood loss due to bleeding gastric ulcer | D50.0 K25.4",
        "Depression secondary to fibromyalgia | F32.A M79.7",
        "Anxiety disorder due to Cushing's syndrome | E24.9 F06.4",
        "Insomnia due to depression | F51.05 F32.A",
        "Stage 3 pressure ulcer of left heel in patient with quadriplegia | L89.623 G82.50",
    })
    void encode_causeClause_codedOnItsOwn(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Not coded: a cause the combination's path read, a mother's condition, a drug taken as prescribed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pleural plaque from asbestos exposure | J92.0",
        "Anemia in chronic kidney disease stage 3b | N18.32 D63.1",
        "Hyponatremia from lisinopril taken as prescribed | E87.1 T46.4X5A",
    })
    void encode_causeClauseTheCodesSay_notCodedAgain(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Status clauses in physicians' words: oxygen with its flow is a dependence on supplemental oxygen Z99.81, an ICD
     * stated as present the defibrillator's presence Z95.810 (I.C.21.c.3).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Interstitial lung disease on home O2 at 2 liters | J84.9 Z99.81",
        "Pulmonary fibrosis, on 4 L continuous oxygen | J84.10 Z99.81",
        "Dilated cardiomyopathy with ICD | I42.0 Z95.810",
        "Ischemic cardiomyopathy, ICD in place | I25.5 Z95.810",
    })
    void encode_statusInPhysiciansWords_statusCodeAfterTheCondition(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

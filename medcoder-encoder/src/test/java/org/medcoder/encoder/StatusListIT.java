package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Problem lists with semicolons, history codes after current conditions, hepatitis short forms, old strokes,
 * latent TB history and mammographic breast density (encstatus3 loop), on the official FY2026 files. Every
 * statement here is in no evaluation set; the expected codes were written from the Alphabetic Index, the Tabular
 * List and the Official Guidelines FY2026 before the encoder was run on them.
 */
class StatusListIT extends OnOfficialFiles {

    /** Each semicolon-separated diagnosis is coded, in the list's order (IV.J); a relative's clause is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CKD stage 3b; gout | N18.32 M10.9",
        "migraine; iron deficiency anemia | G43.909 D50.9",
        "chronic hep B; type 2 diabetes | B18.1 E11.9",
        "family history of ischemic heart disease; brother had a heart attack at 52 | Z82.49",
    })
    void encode_semicolonList_eachDiagnosisCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Hepatitis short forms (Hepatitis, viral, type ...), old stroke and latent TB history, breast density. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acute hep E | B17.2",
        "old cerebrovascular accident | Z86.73",
        "hx latent TB | Z86.15",
        "extremely dense breasts, right | R92.341",
    })
    void encode_statusWording_indexWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A ruled-out condition is not coded (IV.H); a history code follows the current condition (I.C.21.c.4). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "major depressive disorder, recurrent, mild, psychotic features ruled out | F33.0",
        "h/o pulmonary embolism, cellulitis of right lower leg | L03.115 Z86.711",
    })
    void encode_ruledOutAndHistory_currentConditionFirst(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Review A #6: an old stroke with a residual deficit is a sequela (Sequelae, infarction, cerebral, hemiplegia
     * I69.35-, aphasia I69.320; I.C.9.d.1), never I63 nor Z86.73 (I.C.9.d.3); a side without dominance: right is
     * dominant, left non-dominant (I.C.6.a).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "old stroke, right hemiparesis | I69.351",
        "old CVA with right hemiplegia | I69.351",
        "old stroke with left hemiparesis | I69.354",
        "old stroke with aphasia | I69.320",
        "right hemiparesis from old stroke | I69.351",
    })
    void encode_oldStrokeWithDeficit_sequelaNotHistory(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules of the miss15 loop (holdout15's misses by kind), each checked on statements that are in no
 * evaluation set (FY2026 codes, DOS 2026-03-01, outpatient).
 */
class Miss15IT extends OnOfficialFiles {

    /**
     * A device the patient lives with, in physicians' words, is its presence status (I.C.21.c.3); a plural "aids"
     * after what it aids is the noun, not HIV disease (I.C.1.a); no status beside the device's complication.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Keratoconus of left eye, wears contact lenses | H18.602 Z97.3",
        "Sick sinus syndrome with a permanent pacemaker | I49.5 Z95.0",
        "Normal pressure hydrocephalus, has a VP shunt | G91.2 Z98.2",
        "Type 1 diabetes with diabetic nephropathy, insulin pump user | E10.21 Z96.41",
        "Tinnitus of both ears, no hearing aids | H93.13",
        "Parkinson's disease, uses walking aids | G20.A1",
    })
    void encode_devicePresenceWording_statusCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A severity written with its axis noun is the value stated, not "severe" (I.A.18). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Recurrent major depressive disorder, mild severity | F33.0",
        "Persistent asthma, severity: moderate | J45.40",
    })
    void encode_severityWithAxisNoun_theStatedValue(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "After"/"following" an operation or radiation is the index's postprocedural or postirradiation (I.B.16). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hypoparathyroidism after parathyroidectomy | E89.2",
        "Hypopituitarism following cranial irradiation | E89.3",
    })
    void encode_afterProcedure_postproceduralSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

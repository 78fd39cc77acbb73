package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading failures of chapters 7-14 found by reading the classification back through the encoder (rtB loop,
 * session 12), each checked on physician-worded statements that are in no evaluation set (FY2026 codes,
 * outpatient), expected codes written from the Alphabetic Index and the Tabular List.
 */
class RoundTripReadingIT extends OnOfficialFiles {

    /**
     * "Fracture, pathological (pathologic) (see also Fracture, traumatic) M84.40": the code printed after the
     * "see also" is the term's own, so a pathological fracture of a site the entry does not list is M84.4- by the
     * Tabular List's site axis, never a traumatic fracture (I.A.16, I.B.1, I.C.13.c).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pathologic fracture of the right hand, initial encounter | M84.441A",
        "pathological fracture R shoulder, subsequent encounter with routine healing | M84.411D",
        "pathologic fracture of foot, left | M84.475A",
        "fracture of left hand after a fall from a chair | S62.92XA W07.XXXA",
    })
    void encode_pathologicalFractureOfUnlistedSite_pathologicalBySite(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A subterm found only under a qualified variant of a main term identifies it: "atypical" is indexed under
     * "Fracture, nontraumatic, NEC" alone, so an atypical fracture of the femur is M84.75-, not traumatic (I.A.16).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "complete transverse atypical fracture of right femur, initial encounter | M84.754A",
        "incomplete atypical fracture of the left femur, subsequent encounter | M84.752D",
        "fracture of the right femur, initial encounter | S72.91XA",
    })
    void encode_atypicalFemurFracture_nontraumaticEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of physicians' wording found through the practice sets dev17-pA/pB/pC (pfix15c loop, session 15, O-Z).
 * Statements in no evaluation set; FY2026 codes written from the index, the Tabular List and the Official
 * Guidelines.
 */
class PracticeReading17OzIT extends OnOfficialFiles {

    /**
     * A subterm path that ends on terms without a code of their own never beats one that reaches a code: "Crush,
     * extremity, upper" has only sites under it, "Crush, arm (upper)" is S47.- (I.B.1, I.A.16).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "crush injury of right upper arm, initial encounter | S47.1XXA",
        "crushed left upper arm, subsequent encounter | S47.2XXD",
    })
    void encode_subtermsWithoutCode_pathWithCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * After a preposition the Index to External Causes groups the objects by kind: "Fall, from, stairs, steps, curb"
     * W10.1, "Fall, from, playground equipment, swing" W09.1; a vehicle's occupant is still read on its axes
     * (I.C.20, I.A.16).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fracture of right radius, initial encounter; fell off a curb | S52.91XA W10.1XXA",
        "Fracture of right radius, initial encounter; fell from swing | S52.91XA W09.1XXA",
        "Fracture of right radius, initial encounter; fell from a slide at the playground | S52.91XA W09.0XXA",
        "Fracture of right radius, initial encounter; fell from ladder | S52.91XA W11.XXXA",
        "accidental carbon monoxide poisoning from motor vehicle exhaust, initial encounter | T58.01XA",
        "Fracture of shaft of right tibia, pedestrian struck by car in traffic accident, initial encounter"
            + " | S82.201A V03.10XA",
    })
    void encode_objectUnderAGroup_indentedSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review A (session 12) findings fixed by fixC, each with the reviewer's statement and neighbours of our own in no
 * evaluation set; expected codes from the index, the tabular and the guidelines (FY2026, outpatient).
 */
class ReviewFixesIT extends OnOfficialFiles {

    /** #57: a level names its region ("Displacement, intervertebral disc, cervical, C5-C6"; I.A.16, I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C5-C6 disc herniation | M50.222",
        "C6-C7 disc herniation | M50.223",
        "L5-S1 disc herniation | M51.27",
        "L5 radiculopathy | M54.16",
        "C6 radiculopathy | M54.12",
    })
    void encode_vertebralLevel_region(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** #57 neighbour: a dislocated bone named by its adjective is the index's noun ("Dislocation, patella"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "patellar dislocation, left knee | S83.005A",
        "patellar subluxation, right | S83.001A",
        "left radial head dislocation | S53.005A",
    })
    void encode_dislocatedBoneAdjective_boneNoun(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** #17: "Pain, limb, lower, thigh / lower leg / foot" (M79.65-, M79.66-, M79.67-). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "left calf pain | M79.662",
        "pain in left thigh | M79.652",
        "pain of left foot | M79.672",
        "right calf pain | M79.661",
        "pain in right foot | M79.671",
    })
    void encode_painOfLowerLimbPart_limbSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** #48: end-stage kidney disease is the Tabular's end stage renal disease N18.6 (I.C.14.a.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "end-stage kidney disease, on home peritoneal dialysis | N18.6 Z99.2",
        "end stage kidney disease | N18.6",
    })
    void encode_endStageKidneyDisease_n186(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** #54: "traumatic" is the cause; a type not listed under the vessel is its "specified type" (I.A.9.a). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "traumatic rupture of abdominal aorta | S35.09XA",
        "traumatic rupture of right femoral artery | S75.091A",
        "traumatic tear of left brachial artery | S45.192A",
        "traumatic laceration of right femoral vein | S75.111A",
    })
    void encode_traumaticVesselInjury_typeAfterCause(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** #52: a bone adjective outside a fracture keeps its own entry ("Spur, calcaneal" M77.3-). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "maxillary sinusitis | J32.0",
        "pubic lice | B85.3",
        "sacral fracture after fall | S32.10XA W19.XXXA",
    })
    void encode_boneAdjective_onlyInFractureClause(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading mechanisms found through the practice sets dev17-pA/pB/pC (pfix15b loop, session 15, I00-N99).
 * Statements in no evaluation set; FY2026 codes written from the index, the Tabular List and the Official
 * Guidelines.
 */
class Practice17InIT extends OnOfficialFiles {

    /**
     * A title's sites joined by "and" are one site of the classification: a statement's "foot" or "ankle" is
     * M10.07- "... ankle and foot" (I.A.9, I.C.13.a), and the toes and their joints are parts of the foot (Index:
     * "Abscess, toe (any) - see Abscess, foot"; "Pain, metatarsophalangeal (joint) - see Pain, joint, foot"; MTP is
     * the metatarsophalangeal joint).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gout of right foot | M10.071",
        "idiopathic gout of right ankle | M10.071",
        "gout of the left toe | M10.072",
        "primary osteoarthritis of right great toe | M19.071",
        "osteoarthritis of left first metatarsophalangeal joint | M19.072",
        "pain in left first MTP joint | M25.572",
    })
    void encode_footOrToe_ankleAndFootSite(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Index groups with the same subterms ("Gout, drug-induced, foot joint" and "Gout, idiopathic, foot joint"):
     * a statement that names none of the groups is read through none of them (I.A.16, I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gout of left foot joint | M10.072",
    })
    void encode_groupsWithTheSameSubterm_noneReadThrough(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * What a statement negates is no part of a drug cause clause: the drug still caused the condition, and its
     * adverse-effect code follows the condition's (I.C.19.e.5.a).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "duodenal ulcer due to naproxen without perforation | K26.9 T39.315A",
        "gastritis due to aspirin, no bleeding | K29.70 T39.015A",
        "cough due to lisinopril, no fever | R05.9 T46.4X5A",
    })
    void encode_drugCauseWithNegatedClause_adverseEffectCoded(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

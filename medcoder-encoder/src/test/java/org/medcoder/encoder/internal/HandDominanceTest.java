package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandDominanceTest {

    /**
     * Handedness decides; else I.C.6.a: ambidextrous dominant, left non-dominant, right dominant, written as
     * the G81-G83 titles' one word "nondominant".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "right hemiplegia | hemiplegia affecting right dominant side",
        "left-sided hemiparesis | hemiparesis affecting left nondominant side",
        "left hemiparesis, left-handed | hemiparesis affecting left dominant side",
        "right monoplegia in a left-handed patient | monoplegia affecting right nondominant side",
        "left hemiplegia, right hand dominant | hemiplegia affecting left nondominant side",
        "left hemiparesis, ambidextrous | hemiparesis affecting left dominant side",
        "right-handed patient with right hemiparesis | with hemiparesis affecting right dominant side",
        "left hemiplegia following cerebral infarction | hemiplegia affecting left nondominant side following"
            + " cerebral infarction",
        "hemiparesis, right side, left-handed | hemiparesis affecting right nondominant side",
        "spastic hemiplegia of the left side | spastic hemiplegia affecting left nondominant side",
        "right arm monoplegia following cerebral infarction | monoplegia of upper limb affecting right dominant side"
            + " following cerebral infarction",
        "left lower extremity monoplegia, left-handed | monoplegia of lower limb affecting left dominant side",
        "right hemiplegia and contusion of left hand | hemiplegia affecting right dominant side and contusion of left"
            + " hand",
        "left hemiparesis with right hand tremor | hemiparesis affecting left nondominant side with right hand tremor",
    })
    void rewrite_sidedParalysis_dominanceWritten(String in, String out) {
        assertThat(HandDominance.rewrite(in)).isEqualTo(out);
    }

    /** An adjective of another condition is no paralysis (Migraine, hemiplegic G43.40-; Palsy, cerebral). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hemiplegia affecting left dominant side",
        "hemiparesis",
        "right-handed, carpal tunnel syndrome",
        "right hemiplegic migraine with status migrainosus",
        "left hemiplegic cerebral palsy",
        "left hemiparetic gait",
    })
    void rewrite_dominanceStatedOrNoSidedParalysis_unchanged(String in) {
        assertThat(HandDominance.rewrite(in)).isEqualTo(in);
    }
}

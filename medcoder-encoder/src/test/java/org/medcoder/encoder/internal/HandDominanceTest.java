package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandDominanceTest {

    /** Handedness decides; else I.C.6.a: ambidextrous dominant, left non-dominant, right dominant. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "right hemiplegia | hemiplegia affecting right dominant side",
        "left-sided hemiparesis | hemiparesis affecting left nondominant side",
        "left hemiparesis, left-handed | hemiparesis affecting left dominant side",
        "right monoplegia in a left-handed patient | monoplegia affecting right nondominant side",
        "left hemiplegia, right hand dominant | hemiplegia affecting left nondominant side",
        "left hemiparesis, ambidextrous | hemiparesis affecting left dominant side",
        "right-handed patient with right hemiparesis | with hemiparesis affecting right dominant side",
    })
    void rewrite_sidedParalysis_dominanceWritten(String in, String out) {
        assertThat(HandDominance.rewrite(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hemiplegia affecting left dominant side",
        "hemiparesis",
        "right-handed, carpal tunnel syndrome",
    })
    void rewrite_dominanceStatedOrNoSidedParalysis_unchanged(String in) {
        assertThat(HandDominance.rewrite(in)).isEqualTo(in);
    }
}

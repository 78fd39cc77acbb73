package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The other ear's normal hearing in the H90 titles' words (I.B.1), on statements in no evaluation set. */
class ContralateralHearingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sensorineural hearing loss, right ear, normal hearing left ear | sensorineural hearing loss, right ear with unrestricted hearing on the contralateral side",
        "conductive hearing loss of the left ear; right ear hearing normal | conductive hearing loss of the left ear with unrestricted hearing on the contralateral side",
        "noise-induced hearing loss left ear | noise-induced hearing loss left ear",
        "hearing loss right ear, normal hearing in the right ear | hearing loss right ear, normal hearing in the right ear",
    })
    void rewrite_otherEarNormal_contralateralWords(String text, String rewritten) {
        assertThat(ContralateralHearing.rewrite(text)).isEqualTo(rewritten);
    }
}

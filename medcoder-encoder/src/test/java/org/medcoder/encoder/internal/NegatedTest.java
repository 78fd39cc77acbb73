package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegatedTest {

    @Test
    void stated_qualifierAfterComma_notStated() {
        assertThat(Negated.stated("sepsis, no septic shock", "septic shock")).isFalse();
        assertThat(Negated.stated("severe sepsis without septic shock", "septic shock")).isFalse();
        assertThat(Negated.stated("no fever, septic shock", "septic shock")).isTrue();
        assertThat(Negated.stated("sepsis with septic shock", "septic shock")).isTrue();
    }
}

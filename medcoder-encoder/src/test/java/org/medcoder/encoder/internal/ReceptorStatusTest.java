package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceptorStatusTest {

    @Test
    void stated_slashSeparatedSigns_eachReceptorAndTheRest() {
        ReceptorStatus.Stated s = ReceptorStatus.stated("Carcinoma of left breast, ER+/PR-/HER2+, on letrozole");
        assertThat(s.estrogen()).isTrue();
        assertThat(s.progesterone()).isFalse();
        assertThat(s.her2()).isTrue();
        assertThat(s.hormone()).isNull();
        assertThat(s.rest()).isEqualTo("carcinoma of left breast, on letrozole");
    }

    @Test
    void stated_wordsAndTripleNegative_valuesRead() {
        ReceptorStatus.Stated words = ReceptorStatus.stated("breast cancer, hormone receptor positive, HER2-negative");
        assertThat(words.hormone()).isTrue();
        assertThat(words.her2()).isFalse();
        ReceptorStatus.Stated triple = ReceptorStatus.stated("triple-negative carcinoma of right breast");
        assertThat(triple.estrogen()).isFalse();
        assertThat(triple.progesterone()).isFalse();
        assertThat(triple.her2()).isFalse();
        assertThat(triple.rest()).isEqualTo("carcinoma of right breast");
    }

    @Test
    void stated_noReceptorValue_null() {
        assertThat(ReceptorStatus.stated("seen in the ER for chest pain")).isNull();
        assertThat(ReceptorStatus.stated("fever, heart rate 110")).isNull();
        assertThat(ReceptorStatus.stated("her mother has breast cancer")).isNull();
        // A dash apart from the letters is punctuation, not a negative sign ("ER" is the emergency room here).
        assertThat(ReceptorStatus.stated("Seen in ER - metastatic breast cancer")).isNull();
        assertThat(ReceptorStatus.stated("came to ER + admitted for carcinoma of breast")).isNull();
    }
}

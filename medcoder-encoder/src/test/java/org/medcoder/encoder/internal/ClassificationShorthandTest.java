package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassificationShorthandTest {

    @Test
    void expand_crpsTypeTwo_isCausalgia() {
        // review-a #16: Syndrome, pain, complex regional II - see Causalgia
        assertThat(Abbreviations.expand("CRPS II of left upper limb")).isEqualTo("causalgia of left upper limb");
        assertThat(Abbreviations.expand("CRPS type 2")).isEqualTo("causalgia");
        assertThat(Abbreviations.expand("CRPS I of left upper limb"))
                .isEqualTo("complex regional pain syndrome i of left upper limb");
    }

    @Test
    void expand_immunoglobulinDeficiency_isIndexImmunityEntry() {
        // review-a #17: Deficiency, immunity, IgA D80.2 / IgM D80.4
        assertThat(Abbreviations.expand("IgA deficiency")).isEqualTo("immunity iga deficiency");
        assertThat(Abbreviations.expand("IgM deficiency")).isEqualTo("immunity igm deficiency");
        assertThat(Abbreviations.expand("IgA level low")).isEqualTo("iga immunoglobulin a level low");
    }
}

package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordVariantsTest {

    @Test
    void canonical_adjective_isTheOrganNoun() {
        assertThat(WordVariants.canonical("renal")).isEqualTo("kidney");
        assertThat(WordVariants.canonical("ureteral")).isEqualTo("ureter");
        assertThat(WordVariants.canonical("hepatic")).isEqualTo("liver");
    }

    @Test
    void canonical_noun_isItself() {
        assertThat(WordVariants.canonical("kidney")).isEqualTo("kidney");
        assertThat(WordVariants.canonical("calculus")).isEqualTo("calculus");
    }

    @Test
    void canonical_latinPluralAndTranslationVariant_meetTheIndexWord() {
        assertThat(WordVariants.canonical(Terms.stem("calculi"))).isEqualTo("calculus");
        assertThat(WordVariants.canonical(Terms.stem("lithiasis"))).isEqualTo("calculus");
        assertThat(WordVariants.canonical(Terms.stem("staphylococci"))).isEqualTo("staphylococcus");
    }

    @Test
    void canonical_wordWithoutVariant_isUnchanged() {
        assertThat(WordVariants.canonical("pneumonia")).isEqualTo("pneumonia");
        assertThat(WordVariants.canonical("fracture")).isEqualTo("fracture");
    }
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantFormsTest {

    @Test
    void alternatives_topLevelBarsOnly_groupsKept() {
        assertThat(VariantForms.alternatives("htn|utilit(?:y|ies) bill")).containsExactly("htn", "utilit(?:y|ies) bill");
    }

    @Test
    void leadingAlternatives_openingGroup_oneFormPerAlternativeInOrder() {
        assertThat(VariantForms.leadingAlternatives("(?:carrier|colonized)(?:\\s+of)?\\s+vre"))
                .containsExactly("carrier(?:\\s+of)?\\s+vre", "colonized(?:\\s+of)?\\s+vre");
    }

    @Test
    void leadingAlternatives_quantifiedOrNoGroup_formUnchanged() {
        assertThat(VariantForms.leadingAlternatives("(?:left )?knee")).containsExactly("(?:left )?knee");
        assertThat(VariantForms.leadingAlternatives("copd")).containsExactly("copd");
    }

    @Test
    void fast_everyRegisteredVariantStartsWithALiteral() {
        // One variant without a literal start sends every statement through the whole alternation (3x slower).
        assertThat(Abbreviations.fast()).isTrue();
    }
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IndexTerm;

class IndexAbbreviationsTest {

    private static IndexTerm term(String title, List<String> nemods) {
        return new IndexTerm(title, nemods, "R00.0", "", "", "", "", List.of(), List.of());
    }

    @Test
    void of_bracketedAbbreviation_lowerCased() {
        assertThat(IndexAbbreviations.of(term("electrocardiogram [ECG] [EKG]", List.of()))).containsExactly("ecg", "ekg");
    }

    @Test
    void of_nonessentialAbbreviation_found() {
        assertThat(IndexAbbreviations.of(term("C-reactive protein", List.of("(CRP)")))).containsExactly("crp");
    }

    @Test
    void of_shortOrLowerCaseModifiers_ignored() {
        assertThat(IndexAbbreviations.of(term("prothrombin time", List.of("(PT)", "(acute)", "(Annapolis)"))))
                .isEmpty();
    }

    @Test
    void of_bracketedPhrase_notAnAbbreviation() {
        assertThat(IndexAbbreviations.of(term("Behcet's disease [syndrome]", List.of()))).isEmpty();
    }
}


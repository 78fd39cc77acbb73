package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final List<Set<String>> GRAMS = List.of(Set.of("fever", "anemia"), Set.of("fever", "anemia"),
            Set.of("fever"));
    private static final List<Set<String>> CODES = List.of(Set.of("R509", "D649"), Set.of("R509", "D649"), Set.of("R509"));

    @Test
    void learn_documentLevel_everyGramPairsWithEveryCode() {
        Lexicon lex = Lexicon.learn(GRAMS, CODES);
        assertThat(lex.associations("anemia")).extracting(Lexicon.Association::code).contains("R509", "D649");
    }

    @Test
    void learn_withEvidence_codePairsOnlyWithNearbyGrams() {
        List<Map<String, Set<String>>> local = List.of(Map.of("R509", Set.of("fever"), "D649", Set.of("anemia")),
                Map.of("R509", Set.of("fever"), "D649", Set.of("anemia")), Map.of());
        Lexicon lex = Lexicon.learn(GRAMS, CODES, local);
        assertThat(lex.associations("anemia")).extracting(Lexicon.Association::code).containsExactly("D649");
        assertThat(lex.associations("fever")).extracting(Lexicon.Association::code).containsExactly("R509");
        assertThat(lex.associations("fever").get(0).pair()).isEqualTo(3);
    }

    @Test
    void childShare_mostFrequentChildOfCategory_highest() {
        Lexicon lex = Lexicon.learn(List.of(Set.of("a"), Set.of("a"), Set.of("a"), Set.of("a")),
                List.of(Set.of("R509"), Set.of("R509"), Set.of("R509"), Set.of("R502")));
        assertThat(lex.childShare("R509")).isEqualTo(1.0);
        assertThat(lex.childShare("R502")).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lex.childShare("R508")).isZero();
        assertThat(lex.categoryDocuments("R50")).isEqualTo(3);
        assertThat(lex.childShare("J189")).isZero();
    }

    @Test
    void dictionaryPrecision_hitsRarelyGold_low() {
        Lexicon lex = Lexicon.learn(GRAMS, CODES).withDictionaryHits(
                List.of(Set.of("R200", "R509"), Set.of("R200"), Set.of("R200", "R509")), CODES);
        assertThat(lex.dictionaryPrecision("R200")).isCloseTo(0.5 / 4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lex.dictionaryPrecision("R509")).isCloseTo(2.5 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lex.dictionaryDocuments("R200")).isEqualTo(3);
        assertThat(lex.dictionaryPrecision("J189")).isEqualTo(0.5);
        assertThat(lex.associations("fever")).isNotEmpty(); // the learned associations are kept
    }
}

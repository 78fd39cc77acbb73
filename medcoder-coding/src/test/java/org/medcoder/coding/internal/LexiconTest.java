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
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPostingsTest {

    @Test
    void get_anyWordIds_sameAsTheMapItWasBuiltFrom() {
        // Ids as the vocabulary gives them: positive for the classification's stems, negative for unknown words.
        qt().withExamples(300).forAll(lists().of(integers().between(-50, 5_000)).ofSizeBetween(0, 300))
                .checkAssert(ids -> {
                    Map<Integer, int[]> byWord = new HashMap<>();
                    for (int i = 0; i < ids.size(); i++) {
                        if (ids.get(i) != 0) {
                            byWord.put(ids.get(i), new int[] {i});
                        }
                    }
                    WordPostings postings = new WordPostings(byWord);
                    for (int id = -60; id <= 5_010; id++) {
                        assertThat(postings.get(id)).isSameAs(byWord.get(id));
                    }
                });
    }

    @Test
    void get_emptyPostings_null() {
        assertThat(new WordPostings(Map.of()).get(7)).isNull();
        assertThat(new WordPostings(Map.of(3, new int[] {1, 2})).get(3)).containsExactly(1, 2);
    }

    @Test
    void constructor_wordIdZero_throws() {
        assertThatThrownBy(() -> new WordPostings(Map.of(0, new int[0]))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void get_manyCollidingIds_allFound() {
        Map<Integer, int[]> byWord = new HashMap<>();
        for (int id : List.of(1, 257, 513, 769, 1025, 65_537)) {
            byWord.put(id, new int[] {id});
        }
        WordPostings postings = new WordPostings(byWord);
        byWord.forEach((id, at) -> assertThat(postings.get(id)).isSameAs(at));
        assertThat(postings.get(2)).isNull();
    }
}

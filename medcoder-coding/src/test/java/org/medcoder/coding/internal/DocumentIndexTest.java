package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentIndexTest {

    /** Term counts of a made-up document given as words. */
    static Map<String, Integer> doc(String words) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : words.split(" ")) {
            out.merge(w, 1, Integer::sum);
        }
        return out;
    }

    private static final List<Map<String, Integer>> DOCS = List.of(
            doc("fever cough pneumonia lobe consolidation antibiotic"),
            doc("abdominal pain appendicitis appendectomy fever"),
            doc("chest pain troponin infarction catheterization stent"),
            doc("cough sputum pneumonia lobe chest radiograph"));

    @Test
    void nearest_sharedRareTerms_rankedBySimilarity() {
        DocumentIndex index = DocumentIndex.build(DOCS);

        List<DocumentIndex.Hit> hits = index.nearest(doc("pneumonia lobe cough fever"), 4);

        assertThat(hits).extracting(DocumentIndex.Hit::document).startsWith(0, 3);
        assertThat(hits.get(0).similarity()).isGreaterThan(hits.get(1).similarity());
        assertThat(hits).extracting(DocumentIndex.Hit::document).doesNotContain(2); // shares no word
    }

    @Test
    void nearest_identicalDocument_similarityOne() {
        DocumentIndex index = DocumentIndex.build(DOCS);

        List<DocumentIndex.Hit> hits = index.nearest(DOCS.get(2), 1);

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).document()).isEqualTo(2);
        assertThat(hits.get(0).similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void nearest_commonWordWeighsLessThanRareWord() {
        DocumentIndex index = DocumentIndex.build(DOCS);

        // "fever" is in two documents, "troponin" in one: the rare word decides.
        List<DocumentIndex.Hit> hits = index.nearest(doc("fever troponin"), 1);

        assertThat(hits.get(0).document()).isEqualTo(2);
    }

    @Test
    void nearest_unknownWordsOnly_noHits() {
        assertThat(DocumentIndex.build(DOCS).nearest(doc("zebra"), 3)).isEmpty();
    }

    @Test
    void nearest_kBelowOne_throws() {
        assertThatThrownBy(() -> DocumentIndex.build(DOCS).nearest(doc("fever"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void terms_singleWordsCounted_multiWordGramsLeftOut() {
        Map<String, List<int[]>> grams = Map.of("pneumonia", List.of(new int[] {0, 1}, new int[] {5, 6}),
                "lobe pneumonia", List.of(new int[] {4, 6}));

        assertThat(DocumentIndex.terms(grams)).containsExactly(Map.entry("pneumonia", 2));
    }
}

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
    void nearest_randomDocuments_sameOrderAsBruteForceCosine() {
        java.util.Random r = new java.util.Random(11);
        List<Map<String, Integer>> docs = new java.util.ArrayList<>();
        for (int d = 0; d < 60; d++) {
            Map<String, Integer> doc = new HashMap<>();
            for (int w = 0; w < 12; w++) {
                doc.merge("w" + r.nextInt(40), 1, Integer::sum);
            }
            docs.add(doc);
        }
        DocumentIndex index = DocumentIndex.build(docs);
        for (int q = 0; q < 20; q++) {
            Map<String, Integer> query = docs.get(r.nextInt(docs.size()));
            List<DocumentIndex.Hit> hits = index.nearest(query, 7);
            double[] brute = bruteForce(docs, query);
            java.util.stream.IntStream.range(0, docs.size()).boxed()
                    .sorted((a, b) -> brute[a] != brute[b] ? Double.compare(brute[b], brute[a]) : a - b).limit(7)
                    .forEach(d -> assertThat(hits).extracting(DocumentIndex.Hit::document).contains(d));
            for (DocumentIndex.Hit h : hits) {
                assertThat(h.similarity()).isCloseTo(brute[h.document()], org.assertj.core.data.Offset.offset(1e-5));
            }
        }
    }

    /** Cosine of TF-IDF vectors computed the slow way, as the class documents it. */
    private static double[] bruteForce(List<Map<String, Integer>> docs, Map<String, Integer> query) {
        Map<String, Integer> df = new HashMap<>();
        docs.forEach(d -> d.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        java.util.function.Function<Map<String, Integer>, Map<String, Double>> vector = doc -> {
            Map<String, Double> v = new HashMap<>();
            doc.forEach((t, tf) -> v.put(t, (1 + Math.log(tf)) * Math.log(1 + (double) docs.size() / df.get(t))));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            v.replaceAll((t, x) -> x / norm);
            return v;
        };
        Map<String, Double> q = vector.apply(query);
        double[] out = new double[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            Map<String, Double> v = vector.apply(docs.get(d));
            out[d] = q.entrySet().stream().mapToDouble(e -> e.getValue() * v.getOrDefault(e.getKey(), 0.0)).sum();
        }
        return out;
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

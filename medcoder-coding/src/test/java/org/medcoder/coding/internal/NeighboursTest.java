package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoder.coding.internal.DocumentIndexTest.doc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    private static final List<Map<String, Integer>> DOCS = List.of(
            doc("fever cough pneumonia lobe consolidation antibiotic"),
            doc("cough sputum pneumonia lobe chest radiograph"),
            doc("abdominal pain appendicitis appendectomy"),
            doc("chest pain troponin infarction stent"));
    private static final List<Set<String>> CODES = List.of(Set.of("J189", "R509"), Set.of("J189"), Set.of("K3580"),
            Set.of("I214"));

    private static Neighbours neighbours(int k) {
        return Neighbours.learn(DOCS, CODES, new Neighbours.Settings(k, 2.0, 0.5, 0.5, 0.3));
    }

    @Test
    void votes_codeOfEveryNeighbour_voteOne() {
        Neighbours n = neighbours(2);

        Map<String, Neighbours.Support> votes = n.votes(n.similar(doc("pneumonia lobe cough")));

        assertThat(votes.get("J189").vote()).isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(votes.get("J189").documents()).isEqualTo(2);
        assertThat(votes.get("R509").vote()).isBetween(0.0, 1.0);
        assertThat(votes).doesNotContainKey("K3580");
    }

    @Test
    void votes_weightedBySimilarity() {
        Neighbours n = neighbours(2);

        // Closer to document 0 (fever, consolidation) than to document 1: R50.9 gets more than half the vote.
        Map<String, Neighbours.Support> votes = n.votes(n.similar(doc("fever consolidation pneumonia cough")));

        assertThat(votes.get("R509").vote()).isGreaterThan(0.5).isLessThan(1.0);
    }

    @Test
    void apply_evidenceCandidateRaised_neighbourOnlyListedBelowThreshold() {
        Neighbours n = neighbours(2);
        Map<String, Candidate> candidates = new HashMap<>();
        Candidate withWords = new Candidate("J189");
        withWords.probability = 0.4;
        withWords.bestOccurrences = List.<int[]>of(new int[] {0, 1});
        withWords.features = new double[] {1};
        candidates.put("J189", withWords);

        n.apply(candidates, n.similar(doc("fever consolidation pneumonia cough")), 0.5);

        // log-odds move by weight × (vote − center) = 2 × (1 − 0.5) = 1
        assertThat(Math.log(withWords.probability / (1 - withWords.probability)))
                .isCloseTo(Math.log(0.4 / 0.6) + 1, Offset.offset(1e-9));
        assertThat(Neighbours.neighbourOnly(withWords)).isFalse();
        Candidate added = candidates.get("R509");
        assertThat(added).isNotNull();
        assertThat(Neighbours.neighbourOnly(added)).isTrue();
        assertThat(added.probability()).isLessThan(0.5);
        assertThat(added.neighbours().describe()).startsWith("codes of similar documents: coded in 1 of the 2");
    }

    @Test
    void apply_evidenceCandidateNoNeighbourHasIt_lowered() {
        Neighbours n = neighbours(2);
        Map<String, Candidate> candidates = new HashMap<>();
        Candidate alone = new Candidate("K3580");
        alone.probability = 0.4;
        alone.bestOccurrences = List.<int[]>of(new int[] {0, 1});
        candidates.put("K3580", alone);

        n.apply(candidates, n.similar(doc("fever consolidation pneumonia cough")), 0.5);

        assertThat(alone.probability()).isLessThan(0.4);
        assertThat(alone.neighbours()).isNull();
    }

    @Test
    void apply_strongVoteWithoutWords_neverReachesThreshold() {
        Neighbours n = Neighbours.learn(DOCS, CODES, new Neighbours.Settings(1, 2.0, 0.5, 5.0, 0.0));
        Map<String, Candidate> candidates = new HashMap<>();

        n.apply(candidates, n.similar(doc("troponin infarction")), 0.3);

        assertThat(candidates.get("I214").probability()).isLessThan(0.3);
    }

    @Test
    void apply_voteBelowMinimum_onlyInTheTailBelowEveryCandidate() {
        Neighbours n = Neighbours.learn(DOCS, CODES, new Neighbours.Settings(3, 2.0, 0.5, 0.5, 0.9));
        Map<String, Candidate> candidates = new HashMap<>();
        Candidate withWords = new Candidate("J189");
        withWords.probability = 0.001;
        withWords.bestOccurrences = List.<int[]>of(new int[] {0, 1});
        candidates.put("J189", withWords);

        n.apply(candidates, n.similar(doc("fever consolidation pneumonia cough")), 0.5);

        // Not a review code (vote below 0.9), but listed after every candidate, never near the threshold.
        Candidate tail = candidates.get("R509");
        assertThat(tail).isNotNull();
        assertThat(Neighbours.neighbourOnly(tail)).isTrue();
        assertThat(tail.probability()).isPositive().isLessThan(withWords.probability());
        assertThat(tail.neighbours().describe()).startsWith("codes of similar documents");
    }

    @Test
    void apply_tail_orderedByVoteAndBelowTheThresholdWithoutCandidates() {
        Neighbours n = Neighbours.learn(DOCS, CODES, new Neighbours.Settings(4, 2.0, 0.5, 0.5, 2.0));
        Map<String, Candidate> candidates = new HashMap<>();

        n.apply(candidates, n.similar(doc("fever consolidation pneumonia cough")), 0.3);

        // J18.9 is in both pneumonia documents, R50.9 in one: J18.9 first; nothing reaches the threshold.
        assertThat(candidates.get("J189").probability()).isGreaterThan(candidates.get("R509").probability());
        assertThat(candidates.values()).allMatch(c -> c.probability() < 0.3);
    }

    @Test
    void describe_voteWithTwoDecimals() {
        assertThat(new Neighbours.Support(1, 20, 0.05).describe()).endsWith("(similarity-weighted vote 0.05)");
        assertThat(new Neighbours.Support(7, 20, 0.5).describe())
                .isEqualTo("codes of similar documents: coded in 7 of the 20 most similar training cases"
                        + " (similarity-weighted vote 0.50)");
        assertThat(new Neighbours.Support(20, 20, 1.0).describe()).endsWith("vote 1.00)");
    }

    @Test
    void apply_manyNeighbourOnlyCodes_onlyTheStrongestAdded() {
        List<Set<String>> codes = new java.util.ArrayList<>();
        for (int d = 0; d < DOCS.size(); d++) {
            Set<String> own = new java.util.HashSet<>();
            for (int c = 0; c < 2 * Neighbours.MAX_ADDED + Neighbours.MAX_TAIL; c++) {
                own.add("A" + (d * 100 + c));
            }
            codes.add(own);
        }
        Neighbours n = Neighbours.learn(DOCS, codes, new Neighbours.Settings(4, 2.0, 0.5, 0.5, 0.0));
        Map<String, Candidate> candidates = new HashMap<>();

        n.apply(candidates, n.similar(doc("pneumonia lobe cough")), 0.5);

        assertThat(candidates).hasSize(Neighbours.MAX_ADDED + Neighbours.MAX_TAIL);
        // The most similar document's codes carry the largest vote, so they are the ones listed for review; the
        // rest follow in the tail, far below them.
        List<Candidate> review = candidates.values().stream().sorted(
                java.util.Comparator.comparingDouble(Candidate::probability).reversed()).limit(Neighbours.MAX_ADDED)
                .toList();
        assertThat(review).allMatch(c -> Integer.parseInt(c.code().substring(1)) < 200);
        double lowestReview = review.get(review.size() - 1).probability();
        assertThat(candidates.values()).filteredOn(c -> !review.contains(c))
                .allMatch(c -> c.probability() < lowestReview / 2);
    }

    @Test
    void learn_sizesDiffer_throws() {
        assertThatThrownBy(() -> Neighbours.learn(DOCS, CODES.subList(0, 2), new Neighbours.Settings(2, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 vs 2");
    }
}

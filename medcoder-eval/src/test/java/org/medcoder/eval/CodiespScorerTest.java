package org.medcoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodiespScorerTest {

    private static final Path CORPUS = MadeUpCorpus.folder();

    private final CodiespCorpus dev = CodiespCorpus.read(CORPUS, "dev");

    @Test
    void read_tinyCorpus_normalizesGoldAndListsTexts() {
        assertThat(dev.documents()).extracting(CodiespDocument::id).containsExactly("docA", "docB");
        assertThat(dev.diagnoses().get("docA")).containsExactly("A01", "B021", "C03");
        assertThat(dev.procedures().get("docB")).containsExactly("0DT6");
        assertThat(dev.documents().get(0).read()).startsWith("A made-up");
    }

    @Test
    void score_handComputedExample_matchesMapAndMicroCounts() {
        // docA gold {A01, B02.1, C03}, ranked [A01, X99, B02.1]: AP = (1/1 + 2/3) / 3 = 0.5556
        // docB gold {N44.8},          ranked [Z00, n44.8, N44.9]: AP = (1/2) / 1   = 0.5
        // MAP = (0.5556 + 0.5) / 2 = 0.52778
        Map<String, List<String>> predicted = Map.of(
                "docA", List.of("A01", "X99", "b02.1"),
                "docB", List.of("Z00", "n44.8", "N44.9"));
        TaskScore d = CodiespScorer.score("D", dev.diagnoses(), predicted, 3, ReleaseCheck.none());

        assertThat(d.map()).isCloseTo((1 + 2.0 / 3) / 3 / 2 + 0.25, within(1e-9));
        // full code: tp A01, B021, N448; fp X99, Z00, N449; fn C03
        assertThat(d.full()).isEqualTo(new MicroScore(3, 3, 1));
        // gold anywhere in the ranking: A01, B02.1 of docA and N44.8 of docB; C03 is missing
        assertThat(d.goldRanked()).isEqualTo(3);
        assertThat(d.goldRows()).isEqualTo(4);
        // category: docA {A01,X99,B02} vs {A01,B02,C03}; docB {Z00,N44} vs {N44}
        assertThat(d.category()).isEqualTo(new MicroScore(3, 2, 1));
        assertThat(d.topFalseNegatives()).containsExactly(new CodeCount("C03", 1));
        assertThat(d.predicted()).isEqualTo(6);
    }

    @Test
    void score_rankingWithFurtherCodes_mapIfGoldFirstKeepsProposalsFirst() {
        // docA proposals [A01, X99, B02.1], further [Y01, C03]: AP = (1/1 + 2/3 + 3/5) / 3;
        // gold first: [A01, B02.1, X99 | C03, Y01]: AP = (1/1 + 2/2 + 3/4) / 3 (C03 stays after the proposals).
        // docB proposals [Z00], further [N44.8]: AP = (1/2) / 1 either way.
        Map<String, List<String>> predicted = Map.of("docA", List.of("A01", "X99", "B02.1"), "docB", List.of("Z00"));
        Map<String, List<String>> ranked = Map.of("docA", List.of("A01", "X99", "B02.1", "Y01", "C03"),
                "docB", List.of("Z00", "N44.8"));

        TaskScore d = CodiespScorer.score("D", dev.diagnoses(), predicted, ranked, 3, ReleaseCheck.none());

        assertThat(d.map()).isCloseTo(((1 + 2.0 / 3 + 3.0 / 5) / 3 + 0.5) / 2, within(1e-9));
        assertThat(d.mapOrdered()).isCloseTo(((1 + 1 + 3.0 / 4) / 3 + 0.5) / 2, within(1e-9));
        assertThat(d.full()).isEqualTo(new MicroScore(2, 2, 2));
    }

    @Test
    void goldFirst_emptyGold_sameOrder() {
        assertThat(CodiespScorer.goldFirst(Set.of(), List.of("B", "A", "C"), Set.of("B", "A")))
                .containsExactly("B", "A", "C");
    }

    @Test
    void score_duplicatesAndMissingDocuments_countOnceAndScoreZero() {
        Map<String, List<String>> predicted = Map.of("docA", List.of("A01", "a01", "A01"));
        TaskScore d = CodiespScorer.score("D", dev.diagnoses(), predicted, 3, ReleaseCheck.none());

        // docA: AP = 1/3; docB has no predictions: AP = 0
        assertThat(d.map()).isCloseTo((1.0 / 3) / 2, within(1e-9));
        assertThat(d.full()).isEqualTo(new MicroScore(1, 0, 3));
    }

    @Test
    void score_withRelease_countsInvalidPredictionsAndUnknownGold() {
        ReleaseCheck check = new ReleaseCheck("test release", Set.of("A01", "B021", "N448")::contains,
                Set.of("A01", "N448")::contains);
        TaskScore d = CodiespScorer.score("D", dev.diagnoses(), Map.of("docA", List.of("A01", "B021")), 3, check);

        assertThat(d.invalidPredicted()).isEqualTo(1);
        assertThat(d.invalidShare()).isEqualTo(0.5);
        assertThat(d.goldNotInRelease()).isEqualTo(1); // C03
    }

    @Test
    void score_procedures_countPartialGoldAndScoreFourCharacters() {
        Map<String, List<String>> predicted = Map.of("docA", List.of("BW03ZZZ"), "docB", List.of("0DT60ZZ"));
        TaskScore p = CodiespScorer.score("P", dev.procedures(), predicted, 4, ReleaseCheck.none());

        assertThat(p.goldPartial()).isEqualTo(1);
        assertThat(p.full()).isEqualTo(new MicroScore(1, 1, 1));
        assertThat(p.category()).isEqualTo(new MicroScore(2, 0, 0));
    }

    @Test
    void run_scorecard_rendersBothTasks() {
        Scorecard card = CodiespEvaluation.run(dev, (id, text) -> new RankedCodes(List.of("A01"), List.of()),
                ReleaseCheck.none(), ReleaseCheck.none());

        assertThat(card.documents()).isEqualTo(2);
        assertThat(card.render()).contains("D (ICD-10-CM)", "P (ICD-10-PCS)", "MAP", "top false negatives");
        assertThat(card.diagnoses().full().tp()).isEqualTo(1);
    }

    @Test
    void score_furtherCandidates_countForMapNotForF1() {
        // docA proposed [A01], further [X99, C03]: ranking A01, X99, C03 → AP = (1/1 + 2/3) / 3; docB: 0
        Map<String, List<String>> proposed = Map.of("docA", List.of("A01"));
        Map<String, List<String>> ranked = Map.of("docA", List.of("A01", "X99", "C03"));
        TaskScore d = CodiespScorer.score("D", dev.diagnoses(), proposed, ranked, 3, ReleaseCheck.none());

        assertThat(d.map()).isCloseTo((1 + 2.0 / 3) / 3 / 2, within(1e-9));
        assertThat(d.full()).isEqualTo(new MicroScore(1, 0, 3));
    }
}

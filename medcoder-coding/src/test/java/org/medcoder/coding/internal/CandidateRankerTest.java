package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;

class CandidateRankerTest {

    /** Index of the first mention-position feature: after the first-stage and {@link Reranker} features. */
    private static final int MENTIONS = (CandidateGenerator.FEATURES - 1) + (Reranker.FEATURES - 1);

    private static final AnalyzedNote NOTE = new ClinicalPipeline().analyze(
            "Fever and cough for three days. Chest radiograph showed pneumonia. Treated with antibiotics.");

    @Test
    void rows_laterFirstMention_higherPosition() {
        Candidate early = candidate("R509", 0, 1);
        Candidate late = candidate("J189", NOTE.tokens().size() - 3, NOTE.tokens().size() - 2);
        List<double[]> rows = CandidateRanker.rows(NOTE, List.of(early, late), new double[] {0.5, 0.5}, BillableCodes.IDENTITY);
        assertThat(rows.get(0)[MENTIONS]).isLessThan(rows.get(1)[MENTIONS]);
    }

    @Test
    void rows_dictionaryAndLearnedOnSameWords_agree() {
        Candidate both = candidate("J189", 2, 3);
        both.bestOccurrences = List.of(new int[] {2, 3});
        both.bestPrecision = 0.8;
        Candidate apart = candidate("R05", 2, 3);
        apart.bestOccurrences = List.of(new int[] {5, 6});
        apart.bestPrecision = 0.8;
        List<double[]> rows = CandidateRanker.rows(NOTE, List.of(both, apart), new double[] {0.5, 0.5}, BillableCodes.IDENTITY);
        int agreement = MENTIONS + 7;
        assertThat(rows.get(0)[agreement]).isEqualTo(1.0);
        assertThat(rows.get(1)[agreement]).isEqualTo(0.0);
        assertThat(rows.get(0)[agreement - 1]).isEqualTo(1.0); // both sources propose the code
    }

    @Test
    void rows_headerAndItsBillableChild_readTogether() {
        Candidate header = candidate("R51", 0, 1);
        Candidate child = candidate("R519", 0, 1);
        Candidate other = candidate("J189", 2, 3);
        List<double[]> rows = CandidateRanker.rows(NOTE, List.of(header, child, other), new double[] {0.3, 0.6, 0.5},
                c -> c.equals("R51") ? "R519" : c);
        int merged = CandidateRanker.FEATURES - ListFeatures.FEATURES - 8;
        assertThat(rows.get(0)[merged]).isGreaterThan(0); // R51 lands on R51.9 like the other candidate
        assertThat(rows.get(0)[merged + 1]).isEqualTo(0.6); // the best first-stage probability among them
        assertThat(rows.get(0)[merged + 2]).isEqualTo(0.0); // not reported as itself
        assertThat(rows.get(0)[merged + 3]).isEqualTo(1.0); // a more specific candidate exists
        assertThat(rows.get(2)[merged]).isEqualTo(0.0);
        assertThat(rows.get(2)[merged + 2]).isEqualTo(1.0);
    }

    @Test
    void rows_listFeatures_readTheCandidateAgainstItsDocumentsList() {
        Candidate header = candidate("R51", 0, 1);
        Candidate child = candidate("R519", 0, 1);
        Candidate other = candidate("J189", 2, 3);
        List<double[]> rows = CandidateRanker.rows(NOTE, List.of(header, child, other), new double[] {0.3, 0.6, 0.5},
                BillableCodes.IDENTITY);
        int list = CandidateRanker.FEATURES - ListFeatures.FEATURES;
        org.assertj.core.data.Offset<Double> near = org.assertj.core.data.Offset.offset(1e-9);
        assertThat(rows.get(0)[list]).isEqualTo(3.0); // a category: less specific than R519
        assertThat(rows.get(1)[list]).isEqualTo(4.0);
        assertThat(rows.get(1)[list + 1]).isCloseTo(Math.log1p(3), near); // three candidates
        assertThat(rows.get(1)[list + 2]).isCloseTo(Math.log1p(1.4), near); // 0.3 + 0.6 + 0.5 expected codes
        assertThat(rows.get(1)[list + 3]).isCloseTo(0.6 / 1.4, near); // its share of them
        assertThat(rows.get(1)[list + 4]).isEqualTo(0.3); // the best other R51 candidate
        assertThat(rows.get(0)[list + 4]).isEqualTo(0.6);
        assertThat(rows.get(2)[list + 4]).isEqualTo(0.0); // alone in its category
    }

    @Test
    void rows_mentionInDiagnosisSentence_cueSet() {
        AnalyzedNote note = new ClinicalPipeline().analyze(
                "She had a cough. Two weeks later she was diagnosed with pneumonia. She went home.");
        int pneumonia = indexOf(note, "pneumonia");
        Candidate diagnosed = candidate("J189", pneumonia, pneumonia + 1);
        Candidate cough = candidate("R05", indexOf(note, "cough"), indexOf(note, "cough") + 1);
        List<double[]> rows = CandidateRanker.rows(note, List.of(diagnosed, cough), new double[] {0.5, 0.5},
                BillableCodes.IDENTITY);
        int cues = CandidateRanker.FEATURES - ListFeatures.FEATURES - 4;
        assertThat(rows.get(0)[cues]).isEqualTo(1.0);
        assertThat(rows.get(1)[cues]).isEqualTo(0.0);
        assertThat(rows.get(1)[cues + 2]).isEqualTo(1.0); // the cough is in the opening sentences
    }

    private static int indexOf(AnalyzedNote note, String term) {
        for (int i = 0; i < note.tokens().size(); i++) {
            if (note.tokens().get(i).term().equalsIgnoreCase(term)) {
                return i;
            }
        }
        throw new AssertionError("no token " + term);
    }

    /** A dictionary candidate mentioned at tokens [from, to), with neutral first-stage features. */
    private static Candidate candidate(String code, int from, int to) {
        Candidate c = new Candidate(code);
        c.dictionary = new ConceptHit(code, from, to, "test", to - from);
        c.dictionaryOccurrences.add(new int[] {from, to});
        c.features = new double[CandidateGenerator.FEATURES];
        c.features[0] = 1;
        return c;
    }
}

package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecondStageTest {

    @Test
    void train_outOfFold_scoresEveryRowWithoutSeeingItsDocument() {
        // Document 0's rows carry a feature value no other document has, with a label the rest contradicts:
        // a model that saw document 0 would learn it, the out-of-fold one cannot.
        Random random = new Random(11);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Integer> docs = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            for (int i = 0; i < 20; i++) {
                double x = random.nextDouble();
                rows.add(new double[] {d == 0 ? 5 : x});
                labels.add(d == 0 || x > 0.7);
                docs.add(d);
            }
        }
        int[] docOf = docs.stream().mapToInt(Integer::intValue).toArray();
        SecondStage s = SecondStage.train(rows, labels, docOf);
        double[] oof = s.outOfFold();
        assertThat(oof).hasSize(rows.size());
        assertThat(s.probability(new double[] {5})).isGreaterThan(0.5);
        // Out of fold, document 0 looks like a high x: what the other documents say about x > 0.7 only.
        assertThat(oof[0]).isLessThan(s.probability(new double[] {5}));
        for (double p : oof) {
            assertThat(p).isBetween(0.0, 1.0);
        }
    }

    @Test
    void bestF1_rowsNotProposable_doNotCountAsProposals() {
        double[] p = {0.9, 0.8, 0.7, 0.6};
        List<Boolean> labels = List.of(true, false, false, true);
        // Every row proposable: the top row alone (F1 2/3) beats all four (also 2/3, found later);
        // when the two false rows cannot be proposed (e.g. every mention negated) all four give F1 1.0.
        assertThat(TaskModel.bestF1(p, labels, new boolean[] {true, true, true, true}, 2))
                .containsExactly(new double[] {2.0 / 3, 0.9}, within(1e-12));
        assertThat(TaskModel.bestF1(p, labels, new boolean[] {true, false, false, true}, 2))
                .containsExactly(new double[] {1.0, 0.6}, within(1e-12));
    }

    @Test
    void halfBestF1_sameBestF1PeakingElsewhere_sameThreshold() {
        double[] p = {0.9, 0.8, 0.7, 0.6};
        boolean[] all = {true, true, true, true};
        // The F1 curve peaks at 0.9 in one sample and at 0.8 in the other, both at F1 2/3: the threshold follows
        // the best F1 (half of it), not where a flat curve happens to peak.
        double[] first = TaskModel.bestF1(p, List.of(true, false, false, true), all, 2);
        double[] second = TaskModel.bestF1(p, List.of(true, true, false, false), all, 4);
        assertThat(first[1]).isNotEqualTo(second[1]);
        assertThat(TaskModel.halfBestF1(first)).isCloseTo(TaskModel.halfBestF1(second), within(1e-12))
                .isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void halfBestF1_noTrueRow_half() {
        double[] none = TaskModel.bestF1(new double[] {0.4}, List.of(false), new boolean[] {true}, 1);
        assertThat(TaskModel.halfBestF1(none)).isEqualTo(0.5);
    }
}

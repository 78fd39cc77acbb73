package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
    void bestThreshold_rowsNotProposable_doNotCountAsProposals() {
        double[] p = {0.9, 0.8, 0.7, 0.6};
        List<Boolean> labels = List.of(true, false, false, true);
        // Every row proposable: the top row alone (F1 2/3) beats all four (also 2/3, found later);
        // when the two false rows cannot be proposed (e.g. every mention negated) all four give F1 1.0.
        assertThat(TaskModel.bestThreshold(p, labels, new boolean[] {true, true, true, true}, 2)).isEqualTo(0.9);
        assertThat(TaskModel.bestThreshold(p, labels, new boolean[] {true, false, false, true}, 2)).isEqualTo(0.6);
    }
}

package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {

    private static final BoostedTrees.Settings SMALL = new BoostedTrees.Settings(60, 2, 0.2, 1, 1);

    @Test
    void fit_exclusiveOr_learnsTheInteraction() {
        // Label = a XOR b: no logistic regression on a and b separates it; depth-2 trees do. (The four cells have
        // different sizes: with exactly balanced cells no first split gains anything, for any greedy tree.)
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int[][] cells = {{0, 0, 100}, {0, 1, 50}, {1, 0, 50}, {1, 1, 20}};
        for (int[] cell : cells) {
            for (int i = 0; i < cell[2]; i++) {
                rows.add(new double[] {cell[0], cell[1]});
                labels.add((cell[0] ^ cell[1]) == 1);
            }
        }
        BoostedTrees m = BoostedTrees.fit(rows, toArray(labels), SMALL);
        assertThat(m.probability(new double[] {1, 0})).isGreaterThan(0.9);
        assertThat(m.probability(new double[] {0, 1})).isGreaterThan(0.9);
        assertThat(m.probability(new double[] {0, 0})).isLessThan(0.1);
        assertThat(m.probability(new double[] {1, 1})).isLessThan(0.1);
    }

    @Test
    void fit_noisyLabels_probabilityMatchesObservedRate() {
        // One feature in five groups whose positive rates are 10, 30, 50, 70 and 90 %: a calibrated model
        // gives about those rates, not 0/1.
        Random random = new Random(7);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int group = i % 5;
            rows.add(new double[] {group, random.nextDouble()});
            labels.add(random.nextDouble() < 0.1 + 0.2 * group);
        }
        BoostedTrees m = BoostedTrees.fit(rows, toArray(labels), new BoostedTrees.Settings(100, 2, 0.1, 1, 20));
        for (int group = 0; group < 5; group++) {
            assertThat(m.probability(new double[] {group, 0.5})).isCloseTo(0.1 + 0.2 * group,
                    org.assertj.core.data.Offset.offset(0.06));
        }
    }

    @Test
    void fit_nodesWithoutSplit_sendRowsLeft() {
        // Two values only: below the first level no node can split, so every row goes left down to its leaf. Six
        // trees: four walked side by side, then two alone.
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(new double[] {i % 2, 7});
            labels.add(i % 2 == 0 ? i % 10 == 0 : i % 10 != 1);
        }
        BoostedTrees m = BoostedTrees.fit(rows, toArray(labels), new BoostedTrees.Settings(6, 4, 0.5, 0, 1));
        // Observed rates 0.2 and 0.8 from the base rate 0.5: six Newton steps of half size get close.
        assertThat(m.probability(new double[] {0, 7})).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.03));
        assertThat(m.probability(new double[] {1, 7})).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void fit_noTrees_givesTheBaseRate() {
        List<double[]> rows = List.of(new double[] {1}, new double[] {2}, new double[] {3}, new double[] {4});
        BoostedTrees m = BoostedTrees.fit(rows, new boolean[] {true, false, false, false},
                new BoostedTrees.Settings(0, 2, 0.1, 1, 1));
        // (1 + 1) / (3 + 1 + 1 + 1): the smoothed share of positives
        assertThat(m.probability(new double[] {9})).isCloseTo(2.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void fit_sameData_sameModel() {
        Random random = new Random(3);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble();
            rows.add(new double[] {x, random.nextDouble()});
            labels.add(x + 0.3 * random.nextGaussian() > 0.5);
        }
        BoostedTrees a = BoostedTrees.fit(rows, toArray(labels), SMALL);
        BoostedTrees b = BoostedTrees.fit(rows, toArray(labels), SMALL);
        for (double[] r : rows) {
            assertThat(a.probability(r)).isEqualTo(b.probability(r));
        }
        assertThat(a.probability(new double[] {0.95, 0.5})).isGreaterThan(a.probability(new double[] {0.05, 0.5}));
    }

    @Test
    void fit_labelsNotMatchingRows_throws() {
        assertThatThrownBy(() -> BoostedTrees.fit(List.of(new double[] {1}), new boolean[] {true, false}, SMALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one label per row");
    }

    @Test
    void settings_badDepth_throws() {
        assertThatThrownBy(() -> new BoostedTrees.Settings(10, 0, 0.1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depth 0");
    }

    static boolean[] toArray(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}

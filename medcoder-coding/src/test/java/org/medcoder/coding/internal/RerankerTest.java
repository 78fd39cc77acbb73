package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RerankerTest {

    @Test
    void features_siblings_onlyStrongestIsTopOfCategory() {
        double[][] rows = Reranker.features(List.of("E119", "E109", "I10"), new double[] {0.6, 0.8, 0.3});
        assertThat(rows[1][2]).isEqualTo(1.0); // E10.9 is alone in category E10
        assertThat(rows[0][2]).isEqualTo(1.0); // E11.9 is alone in category E11
        assertThat(rows[2][4]).isGreaterThan(rows[1][4]); // I10 ranks last in the document
        assertThat(rows[1][5]).isEqualTo(1.0);
    }

    @Test
    void features_sameCategory_lowerOneHasSiblingAbove() {
        double[][] rows = Reranker.features(List.of("I50810", "I509", "I5089"), new double[] {0.4, 0.9, 0.4});
        assertThat(rows[1][2]).isEqualTo(1.0);
        assertThat(rows[0][2]).isEqualTo(0.0);
        assertThat(rows[2][3]).isGreaterThan(rows[1][3]);
        assertThat(rows[0]).hasSize(Reranker.FEATURES);
    }
}

package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CoOccurrenceTest {

    // Made-up training gold: lung cancer coded with bone metastases in 3 of its 4 documents.
    private static final CoOccurrence LEARNED = CoOccurrence.learn(List.of(
            Set.of("C3490", "C7951"), Set.of("C3490", "C7951"), Set.of("C3490", "C7951", "R05"),
            Set.of("C3490"), Set.of("J189", "R05")));

    @Test
    void write_codedTogetherInTraining_supportFromTheConfidentPartner() {
        List<double[]> x = rows(3);
        LEARNED.write(List.of("C3490", "C7951", "J189"), new double[] {0.8, 0.2, 0.6}, x, 0);
        // C79.51 was coded in 3 of the 4 C34.90 documents: 0.8 × 3 / (4 + 1).
        assertThat(x.get(1)[0]).isCloseTo(0.8 * 3 / 5, Offset.offset(1e-12));
        assertThat(x.get(1)[1]).isCloseTo(Math.log1p(0.8 * 3 / 5), Offset.offset(1e-12));
        // C34.90 given C79.51: 0.2 × 3 / (3 + 1).
        assertThat(x.get(0)[0]).isCloseTo(0.2 * 3 / 4, Offset.offset(1e-12));
        // J18.9 was never coded with either.
        assertThat(x.get(2)[0]).isEqualTo(0.0);
        assertThat(x.get(2)[1]).isEqualTo(0.0);
    }

    @Test
    void write_severalPartners_sumAddsUpAndBestIsTheStrongest() {
        List<double[]> x = rows(3);
        LEARNED.write(List.of("R05", "C3490", "J189"), new double[] {0.1, 0.5, 0.9}, x, 0);
        double fromCancer = 0.5 * 1 / 5;
        double fromPneumonia = 0.9 * 1 / 2;
        assertThat(x.get(0)[0]).isCloseTo(fromPneumonia, Offset.offset(1e-12));
        assertThat(x.get(0)[1]).isCloseTo(Math.log1p(fromCancer + fromPneumonia), Offset.offset(1e-12));
    }

    @Test
    void write_partnerBeyondTheTopCandidates_notRead() {
        // C34.90 is the least confident of TOP + 1 candidates: it does not support C79.51.
        List<String> codes = new ArrayList<>(List.of("C7951", "C3490"));
        double[] p = new double[CoOccurrence.TOP + 1];
        p[0] = 0.9;
        p[1] = 0.01;
        for (int i = 2; i < p.length; i++) {
            codes.add("Z" + i);
            p[i] = 0.5;
        }
        List<double[]> x = rows(p.length);
        LEARNED.write(codes, p, x, 0);
        assertThat(x.get(0)[0]).isEqualTo(0.0);
        assertThat(x.get(1)[0]).isGreaterThan(0.0); // C79.51 is among the top and supports C34.90
    }

    @Test
    void none_writesZeros() {
        List<double[]> x = rows(2);
        x.get(0)[0] = 7;
        CoOccurrence.NONE.write(List.of("C3490", "C7951"), new double[] {0.9, 0.9}, x, 0);
        assertThat(x.get(0)).containsExactly(0.0, 0.0);
    }

    private static List<double[]> rows(int n) {
        List<double[]> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x.add(new double[CoOccurrence.FEATURES]);
        }
        return x;
    }
}

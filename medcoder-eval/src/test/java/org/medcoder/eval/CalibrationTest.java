package org.medcoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void buckets_goldShareAndMeanConfidencePerBucket() {
        Calibration c = new Calibration();
        c.add("d1", "J18.9", 0.95);
        c.add("d1", "r50.9", 0.85);
        c.add("d2", "I10", 0.91);
        c.add("d2", "E11.9", 0.15);
        Map<String, Set<String>> gold = Map.of("d1", Set.of("J189"), "d2", Set.of("I10", "E119"));
        List<Calibration.Bucket> b = c.buckets(gold);
        assertThat(b).hasSize(3);
        assertThat(b.get(0).codes()).isEqualTo(1);
        assertThat(b.get(0).goldShare()).isEqualTo(1.0); // E11.9 at 0.15 is gold
        assertThat(b.get(1).goldShare()).isEqualTo(0.0); // R50.9 at 0.85 is not (codes compare without dots)
        assertThat(b.get(2).codes()).isEqualTo(2);
        assertThat(b.get(2).meanConfidence()).isCloseTo(0.93, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b.get(2).goldShare()).isEqualTo(1.0);
        assertThat(c.render(gold)).contains("expected calibration error").contains("over 4 codes");
    }

    @Test
    void add_confidenceOutOfRange_throws() {
        assertThatThrownBy(() -> new Calibration().add("d1", "I10", 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}

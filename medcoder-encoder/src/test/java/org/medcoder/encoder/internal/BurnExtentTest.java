package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BurnExtentTest {

    @Test
    void code_statedTotalAndThirdDegreeShare_t31Range() {
        assertThat(BurnExtent.code("burns of both thighs, 25% tbsa, 10% full-thickness", List.of("T24311A", "T24212A")))
                .isEqualTo("T3121");
        assertThat(BurnExtent.code("second degree burn of back, 14% of body surface", List.of("T2124XA")))
                .isEqualTo("T3110");
        assertThat(BurnExtent.code("third degree burns of chest, tbsa 35%", List.of("T2131XA"))).isEqualTo("T3133");
    }

    @Test
    void code_corrosionOrSmallShare_t32OrLessThanTen() {
        assertThat(BurnExtent.code("acid corrosion of forearm, 30% of total body surface area", List.of("T5492XA",
                "T22612A"))).isEqualTo("T3230");
        assertThat(BurnExtent.code("burn of hand, 4% bsa", List.of("T23201A"))).isEqualTo("T310");
    }

    @Test
    void code_sequelaUnknownShareOrNoBurn_none() {
        assertThat(BurnExtent.code("scar from burn of back, 20% tbsa", List.of("L905", "T2134XS"))).isNull();
        assertThat(BurnExtent.code("burns of chest and arm, 25% tbsa", List.of("T2131XA", "T22211A"))).isNull();
        assertThat(BurnExtent.code("hba1c 9%", List.of("E1165"))).isNull();
    }
}

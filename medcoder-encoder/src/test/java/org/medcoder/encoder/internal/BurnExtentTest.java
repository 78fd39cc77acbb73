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
        assertThat(BurnExtent.code("third degree burn of chest and second degree burn of arm, 25% tbsa",
                List.of("T2131XA", "T22211A"))).isNull();
        assertThat(BurnExtent.code("hba1c 9%", List.of("E1165"))).isNull();
    }

    /**
     * review-a W8: the third-degree share comes from the degrees the text states, not from the codes that survived
     * (the thigh's code dropped must not make the foot's third degree "all of it").
     */
    @Test
    void code_thirdAndLowerDegreesStatedWithoutShare_none() {
        assertThat(BurnExtent.code("third degree burn of left foot and second degree burn of left thigh, 15% tbsa",
                List.of("T25322A"))).isNull();
        assertThat(BurnExtent.code("full thickness burn of back and partial thickness burn of arm, 30% tbsa",
                List.of("T2134XA"))).isNull();
        assertThat(BurnExtent.code("first degree burn of chest and 3rd degree burn of hand, 12% bsa",
                List.of("T21311A", "T23301A"))).isNull();
    }

    @Test
    void code_onlyThirdOrNoThirdDegreeStated_allOrNone() {
        assertThat(BurnExtent.code("third degree burns of both legs, 22% tbsa", List.of("T24391A", "T24392A")))
                .isEqualTo("T3122");
        assertThat(BurnExtent.code("second degree burns of back and arm, 25% tbsa", List.of("T2124XA", "T22211A")))
                .isEqualTo("T3120");
    }

    /** review-a C5: no site given (T30): the T31/T32 code from the stated shares (Tabular T31/T32 note). */
    @Test
    void code_siteUnspecified_t31OrT32FromTheShares() {
        assertThat(BurnExtent.code("burns of 25% of body surface with 15% third degree", List.of("T300")))
                .isEqualTo("T3121");
        assertThat(BurnExtent.code("corrosions of 40% of body surface with 20% third degree", List.of("T304")))
                .isEqualTo("T3242");
        assertThat(BurnExtent.code("burns of 12% of body surface, second degree", List.of("T302")))
                .isEqualTo("T3110");
    }
}

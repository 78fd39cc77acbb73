package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingWordingTest {

    @Test
    void rewrite_lipomaOfSkinSite_siteClass() {
        assertThat(ReadingWording.rewrite("lipoma of back")).isEqualTo("lipoma of trunk");
        assertThat(ReadingWording.rewrite("lipoma of subcutaneous tissue of left thigh"))
                .isEqualTo("lipoma of legs left leg");
        assertThat(ReadingWording.rewrite("lipoma of kidney")).isEqualTo("lipoma of kidney");
    }

    @Test
    void rewrite_melanomaInSituOfSkinOf_siteDirect() {
        assertThat(ReadingWording.rewrite("melanoma in situ of skin of back")).isEqualTo("melanoma in situ of back");
    }

    @Test
    void rewrite_hepatitisLetter_viralType() {
        assertThat(ReadingWording.rewrite("acute hepatitis a")).isEqualTo("acute viral hepatitis type a");
        assertThat(ReadingWording.rewrite("hepatitis b")).isEqualTo("hepatitis b");
    }

    @Test
    void rewrite_fractureBoneAdjective_boneNoun() {
        assertThat(ReadingWording.rewrite("fracture of right radial head")).isEqualTo("fracture of right head of radius");
        assertThat(ReadingWording.rewrite("delayed union of fracture of humerus, subsequent encounter"))
                .isEqualTo("delayed healing of fracture of humerus, subsequent encounter");
        assertThat(ReadingWording.rewrite("radial nerve palsy")).isEqualTo("radial nerve palsy");
    }
}

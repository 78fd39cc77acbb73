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

    @Test
    void rewrite_historyOfHepatitisA_personalHistoryOfInfectiousDisease() {
        // Review A #35: I.C.21.c.4, a history is not the current infection.
        assertThat(ReadingWording.rewrite("history of hepatitis a")).isEqualTo("history of infectious disease");
        assertThat(ReadingWording.rewrite("hepatitis a, history of asthma"))
                .isEqualTo("viral hepatitis type a, history of asthma");
    }

    @Test
    void rewrite_lumbarDiscDegenerationNoPain_withoutMentionOfPain() {
        // Review A #36: M51.369 when no pain is stated; a stated pain keeps its own child.
        assertThat(ReadingWording.rewrite("lumbar disc degeneration")).isEqualTo(
                "degeneration of lumbar intervertebral disc without mention of lumbar back pain or lower extremity pain");
        assertThat(ReadingWording.rewrite("lumbar disc degeneration with discogenic back pain"))
                .isEqualTo("degeneration of lumbar intervertebral disc with discogenic back pain");
        assertThat(ReadingWording.rewrite("cervical disc degeneration"))
                .isEqualTo("degeneration of cervical intervertebral disc");
    }

    @Test
    void rewrite_whiplash_whiplashInjury() {
        assertThat(ReadingWording.rewrite("whiplash")).isEqualTo("whiplash injury");
        assertThat(ReadingWording.rewrite("whiplash injury")).isEqualTo("whiplash injury");
    }

    @Test
    void fracture_boneAdjectiveAlone_boneNoun() {
        // Index: Fracture, traumatic, sacrum (S32.1-), patella (S82.0-): the bone's noun.
        assertThat(ReadingWording.fracture("nondisplaced sacral fracture after a fall"))
                .isEqualTo("nondisplaced sacrum fracture after a fall");
        assertThat(ReadingWording.fracture("left patellar fracture, closed")).isEqualTo("left patella fracture, closed");
        // An adjective naming a vessel stays.
        assertThat(ReadingWording.fracture("pelvic fracture with iliac artery injury"))
                .isEqualTo("pelvic fracture with iliac artery injury");
    }

    @Test
    void rewrite_boneAdjectiveOutsideFractureClause_unchanged() {
        // Review A #52: only a fractured bone is read as the bone's noun.
        assertThat(ReadingWording.rewrite("calcaneal spur, fracture of left tibia"))
                .isEqualTo("calcaneal spur, fracture of left tibia");
        assertThat(ReadingWording.rewrite("right patellar fracture")).isEqualTo("right patella fracture");
    }

    @Test
    void rewrite_levelWithoutRegion_regionAdded() {
        // Review A #57: I.A.16, the index files disc and root conditions by region.
        assertThat(ReadingWording.rewrite("c5-c6 disc herniation")).isEqualTo("cervical c5-c6 disc herniation");
        assertThat(ReadingWording.rewrite("l5-s1 disc herniation")).isEqualTo("lumbosacral l5-s1 disc herniation");
        assertThat(ReadingWording.rewrite("lumbar l4-l5 disc herniation")).isEqualTo("lumbar l4-l5 disc herniation");
    }
}

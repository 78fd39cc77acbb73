package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhysicianWordingTest {

    @Test
    void expand_digitOrdinals_indexWords() {
        assertThat(Abbreviations.expand("fx of 3rd metatarsal")).isEqualTo("fracture of third metatarsal");
        assertThat(Abbreviations.expand("2nd degree burn of 11th rib area")).isEqualTo(
                "second degree burn of eleventh rib area");
        // Not inside other words or codes.
        assertThat(Abbreviations.expand("g1st")).isEqualTo("g1st");
        assertThat(Abbreviations.expand("bmi 3rd percentile")).isEqualTo("bmi 3rd percentile");
    }

    @Test
    void expand_fingerByNumber_indexName() {
        assertThat(Abbreviations.expand("laceration of left 5th finger")).isEqualTo(
                "laceration of left little finger");
        assertThat(Abbreviations.expand("third finger contusion")).isEqualTo("middle finger contusion");
    }

    @Test
    void expand_burnThickness_degree() {
        assertThat(Abbreviations.expand("partial-thickness burn of chest wall")).isEqualTo(
                "second degree burn of chest wall");
        assertThat(Abbreviations.expand("full thickness burn of thigh")).isEqualTo("third degree burn of thigh");
        // Full thickness is the burn's depth only: a full-thickness rotator cuff tear stays as written.
        assertThat(Abbreviations.expand("full thickness rotator cuff tear")).isEqualTo(
                "full thickness rotator cuff tear");
    }

    @Test
    void expand_shortFormsAndGenusInitials_indexNames() {
        assertThat(Abbreviations.expand("T2D with CKD")).startsWith("type 2 diabetes mellitus with");
        assertThat(Abbreviations.expand("GDM on insulin")).isEqualTo("gestational diabetes mellitus on insulin");
        assertThat(Abbreviations.expand("UTI due to P. aeruginosa")).endsWith("due to pseudomonas aeruginosa");
        assertThat(Abbreviations.expand("fistula in ano")).isEqualTo("anal fistula");
    }

    @Test
    void expand_carpalTunnel_syndromeUnlessNamed() {
        assertThat(Abbreviations.expand("bilateral carpal tunnel")).isEqualTo("bilateral carpal tunnel syndrome");
        assertThat(Abbreviations.expand("carpal tunnel syndrome")).isEqualTo("carpal tunnel syndrome");
        assertThat(Abbreviations.expand("carpal tunnel release")).isEqualTo("carpal tunnel release");
    }

    @Test
    void expand_vertebralLevelOfAFracture_vertebra() {
        // Index: Fracture, vertebra, lumbar, fifth; a level names the vertebra only when a fracture is stated.
        assertThat(Abbreviations.expand("t11 burst fx")).isEqualTo("eleventh thoracic vertebra burst fracture");
        assertThat(Abbreviations.expand("compression fracture of l3, initial"))
                .isEqualTo("compression fracture of third lumbar vertebra, initial");
        assertThat(Abbreviations.expand("l5 radiculopathy")).isEqualTo("l5 radiculopathy");
        assertThat(Abbreviations.expand("fracture at l4-l5 level")).isEqualTo("fracture at l4-l5 level");
    }
}

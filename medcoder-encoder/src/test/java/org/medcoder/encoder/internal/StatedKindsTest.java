package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that code a stated second code no note links (I.C.21.c.17, I.C.21.c.3, I.C.10.b, I.C.1.g.1.m, I.C.2.e.2). */
class StatedKindsTest {

    @Test
    void link_socialDeterminantBesideCondition_lastWithGuideline() {
        StatedKinds.Link l = StatedKinds.link("I10", "Z5941", List.of(), "hypertension, food insecurity");
        assertThat(l).isNotNull();
        assertThat(l.section()).isEqualTo("I.C.21.c.17");
        assertThat(l.order()).isEqualTo(StatedKinds.Order.LAST);
    }

    @Test
    void link_financialHardshipOfAnUnderdosing_notLinked() {
        assertThat(StatedKinds.link("E1165", "Z59869", List.of(),
                "hyperglycemia due to underdosing of metformin due to financial hardship")).isNull();
    }

    @Test
    void link_statusBesideCondition_historyCitesC4() {
        assertThat(StatedKinds.link("M810", "Z853", List.of(), "osteoporosis, h/o breast cancer").section())
                .isEqualTo("I.C.21.c.4");
        assertThat(StatedKinds.link("I2510", "Z955", List.of(), "cad with coronary stent").section())
                .isEqualTo("I.C.21.c.3");
    }

    @Test
    void link_therapyEncounterAndNeoplasm_encounterFirst() {
        assertThat(StatedKinds.link("C61", "Z510", List.of(), "").order()).isEqualTo(StatedKinds.Order.FIRST);
        assertThat(StatedKinds.link("Z5111", "C250", List.of(), "").order()).isEqualTo(StatedKinds.Order.LAST);
    }

    @Test
    void link_respiratoryFailureWithSymptom_notLinked() {
        assertThat(StatedKinds.link("J9601", "R0902", List.of(), "respiratory failure with hypoxia")).isNull();
        assertThat(StatedKinds.link("J9601", "J189", List.of(), "pneumonia with respiratory failure").section())
                .isEqualTo("I.C.10.b");
    }

    @Test
    void link_twoConditionsWithoutRule_notLinked() {
        assertThat(StatedKinds.link("I10", "E119", List.of(), "hypertension, diabetes")).isNull();
    }
}

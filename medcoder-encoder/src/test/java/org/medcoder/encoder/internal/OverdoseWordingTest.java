package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverdoseWordingTest {

    @Test
    void reworded_manifestationAfterOverdose_dueTo() {
        assertThat(OverdoseWording.reworded("Coma after accidental heroin overdose"))
                .isEqualTo("coma due to accidental heroin overdose");
        assertThat(OverdoseWording.reworded("seizure following an intentional overdose of bupropion"))
                .isEqualTo("seizure due to an intentional overdose of bupropion");
    }

    @Test
    void reworded_takenTooMuch_overdoseOf() {
        assertThat(OverdoseWording.reworded("Drowsiness after taking too much alprazolam by accident"))
                .isEqualTo("drowsiness due to overdose of alprazolam by accident");
        assertThat(OverdoseWording.reworded("took too many acetaminophen tablets"))
                .isEqualTo("overdose of acetaminophen");
    }

    @Test
    void reworded_noOverdose_sameString() {
        String s = "Nausea after starting metformin";
        assertThat(OverdoseWording.reworded(s)).isSameAs(s);
        String o = "Overdose of aspirin, initial encounter";
        assertThat(OverdoseWording.reworded(o)).isSameAs(o);
    }
}

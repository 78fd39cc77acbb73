package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VesselInjuryTest {

    @Test
    void rewrite_injuredVessel_indexBloodVesselGroup() {
        assertThat(VesselInjury.rewrite("injury to the left popliteal artery from a dog bite"))
                .isEqualTo("injury to the left popliteal artery blood vessel from a dog bite");
        assertThat(VesselInjury.rewrite("stab injury of pulmonary vessels"))
                .isEqualTo("stab injury of pulmonary blood vessels");
    }

    @Test
    void rewrite_typeWithoutInjuryWord_typeUnderTheVessel() {
        // Index: Laceration, blood vessel - see Injury, blood vessel; the type is a subterm under the vessel.
        assertThat(VesselInjury.rewrite("deep laceration of right brachial artery"))
                .isEqualTo("deep laceration injury of right brachial artery blood vessel");
        assertThat(VesselInjury.rewrite("transected left radial artery at the wrist"))
                .isEqualTo("transected injury left radial artery blood vessel at the wrist");
        // Index: Injury, aorta (its own subterm): only the type is read under it.
        assertThat(VesselInjury.rewrite("major laceration of thoracic aorta from a fall"))
                .isEqualTo("major laceration injury of thoracic aorta from a fall");
    }

    @Test
    void rewrite_noInjuryOrComplicationOfCare_unchanged() {
        assertThat(VesselInjury.rewrite("deep vein thrombosis of left femoral vein"))
                .isEqualTo("deep vein thrombosis of left femoral vein");
        assertThat(VesselInjury.rewrite("laceration of splenic artery during laparoscopic surgery"))
                .isEqualTo("laceration of splenic artery during laparoscopic surgery");
        assertThat(VesselInjury.rewrite("laceration of left thigh")).isEqualTo("laceration of left thigh");
        assertThat(VesselInjury.rewrite("injury of blood vessel of right thumb"))
                .isEqualTo("injury of blood vessel of right thumb");
    }

    @Test
    void rewrite_traumaticThenType_typeAfterTheCause() {
        // Review A #54: "traumatic" is the cause, not the type (I.A.9.a: a type not listed is "specified type").
        assertThat(VesselInjury.rewrite("traumatic rupture of abdominal aorta"))
                .isEqualTo("specified type injury of abdominal aorta");
        assertThat(VesselInjury.rewrite("traumatic laceration of right femoral vein"))
                .isEqualTo("laceration injury of right femoral vein blood vessel");
    }
}

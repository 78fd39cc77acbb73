package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceWordingTest {

    @Test
    void objects_swallowedOrLodged_foreignBody() {
        assertThat(ChoiceWording.objects("swallowed coin in stomach"))
                .isEqualTo("foreign body alimentary tract in stomach");
        assertThat(ChoiceWording.objects("bead in right ear")).isEqualTo("foreign body in right ear");
        // An object not lodged anywhere is not a foreign body.
        assertThat(ChoiceWording.objects("coin lesion of lung")).isEqualTo("coin lesion of lung");
    }

    @Test
    void food_anaphylaxisToNamedFood_indexFoodWord() {
        assertThat(ChoiceWording.food("anaphylaxis due to shrimp")).isEqualTo("anaphylaxis due to food shellfish");
        assertThat(ChoiceWording.food("anaphylaxis due to walnuts")).isEqualTo("anaphylaxis due to food tree nuts");
        assertThat(ChoiceWording.food("urticaria due to eggs")).isEqualTo("urticaria due to eggs");
    }

    @Test
    void stroke_embolicOrThrombotic_dueToCause() {
        assertThat(ChoiceWording.stroke("embolic cerebral infarction of left middle cerebral artery"))
                .isEqualTo("cerebral infarction due to embolism of left middle cerebral artery");
        assertThat(ChoiceWording.stroke("cerebral infarction")).isEqualTo("cerebral infarction");
    }

    @Test
    void fracture_aftercareAndHealed_subsequentAndTraumatic() {
        assertThat(ChoiceWording.fracture("aftercare for fracture of right tibia"))
                .isEqualTo("fracture of right tibia, subsequent encounter");
        assertThat(ChoiceWording.fracture("follow-up of healed fracture of wrist"))
                .isEqualTo("follow-up of healed traumatic fracture of wrist");
        assertThat(ChoiceWording.fracture("healed fracture, stress")).isEqualTo("healed fracture, stress");
    }

    @Test
    void examination_newFinding_withAbnormalFindings() {
        assertThat(ChoiceWording.examination("annual physical examination, newly found hyperlipidemia"))
                .isEqualTo("annual physical examination with abnormal findings, hyperlipidemia");
        assertThat(ChoiceWording.examination("annual physical examination without abnormal findings"))
                .isEqualTo("annual physical examination without abnormal findings");
    }

    @Test
    void injuryFollowUp_injuryInHealingPhase_subsequentEncounter() {
        // I.C.19.a: an injury's or a poisoning's routine care while it heals is its 7th character D, not Z09.
        assertThat(ChoiceWording.injuryFollowUp("left wrist sprain, follow-up visit"))
                .isEqualTo("left wrist sprain, subsequent encounter");
        assertThat(ChoiceWording.injuryFollowUp("accidental poisoning by digoxin, here for follow up"))
                .isEqualTo("accidental poisoning by digoxin, here subsequent encounter");
    }

    @Test
    void injuryFollowUp_treatedOrNoInjury_unchanged() {
        // I.C.21.c.8: a healed or completed condition is the follow-up examination (Z09 with its history code).
        assertThat(ChoiceWording.injuryFollowUp("follow-up visit for healed fracture of left tibia"))
                .isEqualTo("follow-up visit for healed fracture of left tibia");
        assertThat(ChoiceWording.injuryFollowUp("follow-up of surgical wound of abdomen"))
                .isEqualTo("follow-up of surgical wound of abdomen");
        assertThat(ChoiceWording.injuryFollowUp("asthma, follow-up visit")).isEqualTo("asthma, follow-up visit");
        assertThat(ChoiceWording.injuryFollowUp("follow-up examination, rib fracture"))
                .isEqualTo("follow-up examination, rib fracture");
    }

    @Test
    void injuryFollowUp_diseaseWound_unchanged() {
        // Review A #53: a diabetic, pressure or venous wound is an ulcer of the disease, not an injury (I.C.4.a).
        assertThat(ChoiceWording.injuryFollowUp("follow-up for diabetic foot wound of left heel"))
                .isEqualTo("follow-up for diabetic foot wound of left heel");
        assertThat(ChoiceWording.injuryFollowUp("follow-up for venous stasis wound of left leg"))
                .isEqualTo("follow-up for venous stasis wound of left leg");
        assertThat(ChoiceWording.injuryFollowUp("follow-up for puncture wound of left foot"))
                .isEqualTo("subsequent encounter for puncture wound of left foot");
    }
}

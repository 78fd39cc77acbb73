package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CkdStagesTest {

    private final List<String> decisions = new ArrayList<>();

    /** Every N18 sibling, as word matching proposes them (the stage number is not an Index word). */
    private static List<Proposal> siblings() {
        List<Proposal> out = new ArrayList<>();
        String[] codes = {"N181", "N185", "N182", "N184", "N1830", "N1831", "N1832", "N189"};
        double p = 0.45;
        for (String c : codes) {
            out.add(new Proposal(c, p, null));
            p -= 0.03;
        }
        out.add(new Proposal("E1122", 0.9, null));
        return out;
    }

    private List<String> apply(List<Proposal> proposals, String text) {
        CkdStages.apply(proposals, text, (p, why) -> decisions.add(p.code + ": " + why));
        return proposals.stream().map(p -> p.code).toList();
    }

    @Test
    void apply_stage3b_onlyN1832WithTheBestConfidence() {
        List<Proposal> in = siblings();

        assertThat(apply(in, "ASSESSMENT: Chronic kidney disease stage 3b, stable creatinine.")).containsExactly("N1832", "E1122");
        assertThat(in.get(0).probability).isEqualTo(0.45);
        assertThat(decisions).containsExactly("N181: chronic kidney disease stage: the note documents N18.32: "
                + "N18.1, N18.5, N18.2, N18.4, N18.30, N18.31, N18.9 not coded (I.C.14.a.1)");
    }

    @Test
    void apply_romanStageAfterComma_n184() {
        assertThat(apply(siblings(), "Chronic kidney disease, stage IV (severe).")).containsExactly("N184", "E1122");
    }

    @Test
    void apply_stageBeforeDisease_n182() {
        assertThat(apply(siblings(), "Known stage 2 chronic kidney disease.")).containsExactly("N182", "E1122");
    }

    @Test
    void apply_shortForm_ckd3a() {
        assertThat(apply(siblings(), "PMH: HTN, CKD3a, gout.")).containsExactly("N1831", "E1122");
    }

    @Test
    void apply_severityWord_moderateIsStage3() {
        assertThat(apply(siblings(), "Moderate chronic kidney disease on follow-up.")).containsExactly("N1830", "E1122");
    }

    @Test
    void apply_stageAndEsrd_n186Only() {
        List<Proposal> in = siblings();
        assertThat(apply(in, "CKD stage 5, now end-stage renal disease on hemodialysis.")).containsExactly("N186", "E1122");
        assertThat(in.get(0).guidelines).anyMatch(g -> g.contains("N18.6 only"));
        assertThat(in.get(0).derivedFrom).isEqualTo("N181");
    }

    @Test
    void apply_progression_mostAdvancedStage() {
        assertThat(apply(siblings(), "CKD stage 3 in 2019, progressed to CKD stage 4 this year.")).containsExactly("N184", "E1122");
    }

    @Test
    void apply_noStage_unspecifiedN189() {
        List<Proposal> in = siblings();
        assertThat(apply(in, "Chronic kidney disease followed by nephrology.")).containsExactly("N189", "E1122");
        assertThat(decisions).singleElement().asString().contains("documents no stage", "N18.1", "N18.32");
    }

    @Test
    void apply_stageOfAnotherCondition_notTakenForCkd() {
        assertThat(apply(siblings(), "Stage 3 pressure ulcer of sacrum. Chronic kidney disease.")).containsExactly("N189", "E1122");
    }

    @Test
    void apply_singleWrongStage_correctedToDocumented() {
        List<Proposal> in = new ArrayList<>(List.of(new Proposal("N181", 0.6, null)));
        assertThat(apply(in, "CKD stage 4.")).containsExactly("N184");
        assertThat(decisions).isEmpty();
    }

    @Test
    void apply_singleRightStage_untouched() {
        List<Proposal> in = new ArrayList<>(List.of(new Proposal("N184", 0.6, null)));
        assertThat(apply(in, "CKD stage 4.")).containsExactly("N184");
        assertThat(in.get(0).guidelines).isEmpty();
    }

    @Test
    void apply_noCkdCode_nothingAdded() {
        List<Proposal> in = new ArrayList<>(List.of(new Proposal("E119", 0.6, null)));
        assertThat(apply(in, "CKD stage 4.")).containsExactly("E119");
    }
}

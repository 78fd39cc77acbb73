package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StatedClausesTest {

    @Test
    void clauseEnd_separatorEndOrWholeConnectorWord_endsTheClause() {
        Pattern p = Pattern.compile("\\bon ([a-z ]+?)" + StatedClauses.clauseEnd(",;", "with", "due to", "and"));
        assertThat(find(p, "on warfarin, with afib")).isEqualTo("warfarin");
        assertThat(find(p, "on warfarin with afib")).isEqualTo("warfarin");
        assertThat(find(p, "on warfarin and aspirin")).isEqualTo("warfarin");
        assertThat(find(p, "on warfarin due to afib")).isEqualTo("warfarin");
        // a connector's letters inside a word end nothing: "withdrawal", "andexanet", "dueling"
        assertThat(find(p, "on andexanet withdrawal")).isEqualTo("andexanet withdrawal");
        assertThat(find(Pattern.compile("\\bon ([a-z ]+?)" + StatedClauses.clauseEnd(",")), "on warfarin with afib"))
                .isEqualTo("warfarin with afib");
    }

    private static String find(Pattern p, String text) {
        java.util.regex.Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void split_drugTherapyAndHistory_clausesInIndexWordsAndConditionWithoutThem() {
        StatedClauses.Split s = StatedClauses.split("heart failure on apixaban, with history of gout");
        assertThat(s.clauses()).extracting(StatedClauses.Clause::lookup)
                .containsExactly("long-term drug therapy anticoagulants", "history of gout");
        assertThat(s.main(s.clauses())).isEqualTo("heart failure");
    }

    @Test
    void split_jointReplacementStatus_presenceOfJointImplant() {
        StatedClauses.Split s = StatedClauses.split("status post right total elbow arthroplasty");
        assertThat(s.clauses()).extracting(StatedClauses.Clause::lookup).containsExactly("presence of right elbow joint implant");
        assertThat(s.main(s.clauses())).isEmpty();
    }

    @Test
    void split_clausesOnly_theOpeningOneIsTheCondition() {
        StatedClauses.Split s = StatedClauses.split("history of colon cancer, status post splenectomy");
        assertThat(s.main(s.clauses())).isEqualTo("history of colon cancer");
    }

    @Test
    void split_onBeforeNoDrug_noClause() {
        assertThat(StatedClauses.split("abrasion on left knee")).isNull();
        assertThat(StatedClauses.split("acute bronchitis")).isNull();
    }

    @Test
    void indexWords_drugNamesAndDevices_classOrDependence() {
        assertThat(DrugTherapy.indexWords("dabigatran")).isEqualTo("long-term drug therapy anticoagulants");
        assertThat(DrugTherapy.indexWords("home oxygen")).isEqualTo("dependence on supplemental oxygen");
        assertThat(DrugTherapy.indexWords("steroids")).isNull();
        assertThat(DrugTherapy.indexWords("warfarin with aspirin")).isNull();
        assertThat(DrugTherapy.indexWords("physical therapy")).isNull();
    }
}

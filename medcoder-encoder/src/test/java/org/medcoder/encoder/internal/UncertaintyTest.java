package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UncertaintyTest {

    @Test
    void of_noQualifier_null() {
        assertThat(Uncertainty.of("acute on chronic systolic heart failure")).isNull();
        assertThat(Uncertainty.of("myocardial infarction ruled out")).isNull();
        assertThat(Uncertainty.of("unlikelyhood")).isNull();
    }

    @Test
    void of_ruleOutAfterSymptom_symptomCertain() {
        Uncertainty.Split s = Uncertainty.of("Chest pain, rule out myocardial infarction");
        assertThat(s.uncertain()).containsExactly("myocardial infarction");
        assertThat(s.certain()).containsExactly("chest pain");
        assertThat(s.qualifiers()).containsExactly("rule out");
    }

    @Test
    void of_qualifierInsideClause_wordsBeforeAreCertain() {
        Uncertainty.Split s = Uncertainty.of("fever due to suspected pneumonia");
        assertThat(s.uncertain()).containsExactly("pneumonia");
        assertThat(s.certain()).containsExactly("fever");
    }

    @Test
    void of_qualifierEndingTheStatement_qualifiesTheClauseBefore() {
        assertThat(Uncertainty.of("pneumonia, probable").uncertain()).containsExactly("pneumonia");
        assertThat(Uncertainty.of("pneumonia, probable").certain()).isEmpty();
        assertThat(Uncertainty.of("pneumonia probable").uncertain()).containsExactly("pneumonia");
    }

    @Test
    void of_severalQualifiers_eachDiagnosisUncertain() {
        Uncertainty.Split s = Uncertainty.of("cough; r/o pneumonia; possible pleural effusion, consistent with asthma");
        assertThat(s.uncertain()).containsExactly("pneumonia", "pleural effusion", "asthma");
        assertThat(s.certain()).containsExactly("cough");
        assertThat(s.qualifiers()).containsExactly("r/o", "possible", "consistent with");
    }
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoodAllergyStatusTest {

    @Test
    void rewrite_negatedAllergy_unchanged() {
        // review-a finding 11: a denied allergy is no status to code.
        assertThat(FoodAllergyStatus.rewrite("denies egg allergy")).isEqualTo("denies egg allergy");
        assertThat(FoodAllergyStatus.rewrite("no peanut allergy")).isEqualTo("no peanut allergy");
        assertThat(FoodAllergyStatus.rewrite("not allergic to shellfish")).isEqualTo("not allergic to shellfish");
    }

    @Test
    void rewrite_statedAllergy_indexWords() {
        assertThat(FoodAllergyStatus.rewrite("peanut allergy")).isEqualTo("allergy food status peanuts");
        assertThat(FoodAllergyStatus.rewrite("no rash, peanut allergy")).isEqualTo("no rash, peanut allergy");
        assertThat(FoodAllergyStatus.rewrite("no known drug allergies, egg allergy"))
                .isEqualTo("allergy food status eggs no known drug allergies,");
    }
}

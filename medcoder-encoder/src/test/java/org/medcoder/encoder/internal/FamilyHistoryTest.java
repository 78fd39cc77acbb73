package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FamilyHistoryTest {

    @Test
    void withoutDenied_deniedFamilyHistory_clauseTakenOut() {
        assertThat(FamilyHistory.withoutDenied("No family history of colon cancer")).isEmpty();
        assertThat(FamilyHistory.withoutDenied("hypertension, no family history of colon cancer, on lisinopril"))
                .isEqualTo("hypertension, on lisinopril");
        assertThat(FamilyHistory.withoutDenied("family history negative for ovarian cancer; asthma"))
                .isEqualTo("asthma");
        assertThat(FamilyHistory.withoutDenied("colon polyp with no family history of colon cancer"))
                .isEqualTo("colon polyp");
    }

    @Test
    void withoutDenied_statedFamilyHistory_kept() {
        assertThat(FamilyHistory.withoutDenied("Family history of colon cancer")).isEqualTo("Family history of colon cancer");
        assertThat(FamilyHistory.withoutDenied("no chest pain, family history of MI"))
                .isEqualTo("no chest pain, family history of MI");
    }
}

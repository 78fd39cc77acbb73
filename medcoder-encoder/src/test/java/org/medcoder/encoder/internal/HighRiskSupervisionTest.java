package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighRiskSupervisionTest {

    @Test
    void rewrite_historyNotListedUnderHighRisk_unchanged() {
        // review-a finding 14: only the index's "Pregnancy, supervision of, high-risk, due to (history of)" subterms.
        for (String s : new String[] {"supervision of pregnancy, history of appendectomy",
            "supervision of pregnancy, history of migraine", "supervision of pregnancy with history of asthma",
            "supervision of pregnancy with history of cesarean section, first trimester"}) {
            assertThat(HighRiskSupervision.rewrite(s)).isEqualTo(s);
        }
    }

    @Test
    void rewrite_listedHistory_indexWords() {
        assertThat(HighRiskSupervision.rewrite("supervision of pregnancy with history of infertility"))
                .isEqualTo("supervision of high-risk pregnancy due to history of infertility");
        // review-a finding 15: Tabular O09.21 / O09.29 inclusion terms.
        assertThat(HighRiskSupervision.rewrite("supervision of pregnancy with history of pre-term delivery"))
                .isEqualTo("supervision of high-risk pregnancy due to previous pre-term labor");
        assertThat(HighRiskSupervision.rewrite("supervision of pregnancy with history of prior preterm labor"))
                .isEqualTo("supervision of high-risk pregnancy due to previous pre-term labor");
        assertThat(HighRiskSupervision.rewrite("supervision of pregnancy with history of stillbirth"))
                .isEqualTo("supervision of high-risk pregnancy due to history of "
                        + "poor reproductive or obstetric history");
    }
}

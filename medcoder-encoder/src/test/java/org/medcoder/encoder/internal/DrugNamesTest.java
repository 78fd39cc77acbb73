package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrugNamesTest {

    @Test
    void expand_drugMissingFromTheTable_writtenAsItsClassRow() {
        assertThat(Abbreviations.expand("hyponatremia due to sertraline"))
                .isEqualTo("hyponatremia due to antidepressant selective serotonin reuptake inhibitor");
        assertThat(Abbreviations.expand("hypothyroidism due to Atezolizumab"))
                .isEqualTo("hypothyroidism due to immune checkpoint inhibitors");
        assertThat(Abbreviations.expand("HCTZ-induced hyponatremia")).isEqualTo("hydrochlorothiazide-induced hyponatremia");
    }

    @Test
    void expand_chemotherapy_theIndexWordsOfCancerChemotherapy() {
        assertThat(Abbreviations.expand("fatigue due to chemo"))
                .isEqualTo("fatigue due to antineoplastic cytoreductive chemotherapy");
        assertThat(Abbreviations.expand("neutropenia due to antineoplastic chemotherapy"))
                .isEqualTo("neutropenia due to antineoplastic cytoreductive chemotherapy");
    }

    @Test
    void expand_drugKnownToLongTermUseByName_keptAsWritten() {
        // DrugTherapy codes Z79.85 from the name itself; the T code of the Drug table is not needed here.
        assertThat(Abbreviations.expand("type 2 diabetes on semaglutide")).isEqualTo("type 2 diabetes on semaglutide");
    }
}

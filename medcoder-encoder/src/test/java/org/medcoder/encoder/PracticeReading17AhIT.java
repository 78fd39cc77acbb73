package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading failures the practice sets of session 15 showed (pfix15a loop, letters A-H), each fixed by a general rule
 * and checked on physician-worded statements that are in no evaluation set (FY2026 codes, outpatient).
 */
class PracticeReading17AhIT extends OnOfficialFiles {

    /**
     * A drug named after a class-induced condition ("from", "after starting") is its cause, and a drug's
     * "replacement therapy" names the drug: the condition, then the drug's adverse effect (I.C.19.e.5.a).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "neuroleptic-induced akathisia from risperidone | G25.71 T43.595A",
        "neuroleptic induced parkinsonism after starting fluphenazine | G21.11 T43.3X5A",
        "hypothyroidism secondary to estrogen replacement therapy | E03.2 T38.5X5A",
    })
    void encode_drugNamedAfterClassOrReplacementTherapy_adverseEffect(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A metastatic site by its adjective ("bony", "osseous": Neoplasm, bone C79.51), a site's bare "nodes" (lymph
     * gland, C77.-), and a clause after the sites read beside the primary, not as a site (I.C.2, IV.J).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Breast cancer with osseous metastases | C50.919 C79.51",
        "Breast cancer with metastases to axillary nodes | C50.919 C77.3",
        "Lung cancer with brain metastases, on pembrolizumab | C34.90 C79.31",
    })
    void encode_metastaticSiteAdjectiveNodesOrClause_primaryThenSites(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Neoplasm, pregnancy and complication rules found with the dev7-neo development set, each checked on statements
 * that are in no evaluation set (FY2026 codes, outpatient), expected codes written from the Index, the Neoplasm table,
 * the Tabular List and the Official Guidelines.
 */
class PrimarySiteIT {

    private static Encoder encoder;

    @BeforeAll
    static void load() {
        encoder = OfficialRelease.fy2026Encoder();
    }

    /** A metastasis whose primary site is unknown: the secondary site, then C80.1 (I.C.2.k). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "secondary malignant neoplasm of adrenal gland, primary site unknown | C79.70 C80.1",
        "bone metastases of unknown primary | C79.51 C80.1",
    })
    void encode_unknownPrimary_secondaryThenC801(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An excised primary: the secondary site, then Z85 of the former site (I.C.2.d); one named "from": its code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bone metastases; kidney cancer resected 4 years ago, no evidence of disease | C79.51 Z85.528",
        "liver metastases from carcinoma of stomach | C78.7 C16.9",
    })
    void encode_primaryNamedBesideMetastasis_secondaryThenPrimaryOrHistory(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A pathological fracture due to a neoplasm: M84.5- first, then the neoplasm (M84.5 code also note, I.C.2.l.6). */
    @Test
    void encode_pathologicalFractureDueToNeoplasm_fractureThenNeoplasm() {
        EncodeResult r = encoder.encode(
                "pathological fracture of left humerus due to multiple myeloma, initial encounter");
        assertThat(r.codesText()).isEqualTo("M84.522A C90.00");
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.C.2.l.6");
    }

    /** "Melanoma" means melanoma of skin (its "skin" subterm carries the main term's code): sites under it apply. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "malignant melanoma of right knee | C43.71",
        "melanoma of the chin | C43.39",
    })
    void encode_melanomaBySite_skinSiteCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Index wordings of chapters 10-14 (encsweep2 loop), each checked on statements that are in no evaluation set
 * (FY2026 codes, outpatient), expected codes written from the Alphabetic Index and the Tabular List.
 */
class BodySystemsIT extends OnOfficialFiles {

    /** A main term "A B or C" is also "A C" (I.A.14): "Grover's disease or syndrome". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Grover disease | L11.1",
        "Asperger's syndrome | F84.5",
        "Sweet's dermatosis | L98.2",
    })
    void encode_mainTermWithOrAlternative_eitherNounFound(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A subterm listing items ("due to use, overuse and pressure") is found by any one item (I.A.7, I.A.14). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "overuse soft tissue disorder of left forearm | M70.932",
        "soft tissue disorder due to pressure, right shoulder | M70.911",
    })
    void encode_subtermListItem_subtermTaken(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A site adjective matches the index's site noun ("Abscess, penis", "Atrophy, testis", "Cyst, vulva"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "penile abscess | N48.21",
        "testicular atrophy | N50.0",
        "vulvar cyst | N90.7",
        "labial abscess | N76.4",
    })
    void encode_siteAdjective_indexSiteNoun(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Short forms rewritten to index words: H. influenzae, CBD stones, postop, Latin plurals. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acute bronchitis due to H. influenzae | J20.1",
        "CBD stones | K80.50",
        "postop ileus | K91.89",
        "lentigines of the back | L81.4",
    })
    void encode_bodySystemShorthand_indexWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

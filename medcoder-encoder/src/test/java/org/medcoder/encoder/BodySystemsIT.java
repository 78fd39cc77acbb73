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

    /** The code whose "use additional code" note names the other comes first (K70, K29.2: F10.-; I.A.13). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alcohol dependence with alcoholic cirrhosis | K70.30 F10.20",
        "chronic alcoholism, alcoholic hepatitis | K70.10 F10.20",
        "alcohol dependence; alcoholic gastritis | K29.20 F10.20",
    })
    void encode_useAdditionalCodeNote_notedCodeFirst(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An uncoded subterm split by "not specified as ..." takes that child when nothing more is said (I.A.18). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C.diff colitis | A04.72",
        "clostridium difficile enterocolitis | A04.72",
        "C diff colitis, recurrent | A04.71",
    })
    void encode_uncodedSubtermWithNotSpecifiedChild_defaultChild(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "Bleeding" also matches the index's "hemorrhage" subterms; the index's own "Bleeding" entries still win. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gastric ulcer with bleeding | K25.4",
        "bleeding duodenal ulcer | K26.4",
        "postmenopausal bleeding | N95.0",
    })
    void encode_bleeding_hemorrhageSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading mechanisms found through the practice sets dev16-pA/pB/pC (pfix14b loop, session 14, chapters 9-14,
 * I00-N99). Statements in no evaluation set; FY2026 codes written from the index, the Tabular List and the Official
 * Guidelines.
 */
class Practice16InIT extends OnOfficialFiles {

    /**
     * A code whose own "code first" note names codes of its own category is their companion: reported after the
     * code the index reaches, never instead of it (I.A.13; M05.A "code first rheumatoid arthritis with rheumatoid
     * factor by site, if known (M05.00 to M05.8A)", I25.82 "code first coronary atherosclerosis (I25.1-, ...)").
     * Without a site the companion's category code is not known and M05.A stands alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Seropositive rheumatoid arthritis of left ankle without organ involvement, anti-CCP positive | M05.772 M05.A",
        "Seropositive RA of both knees, no organ involvement, positive RF and anti-CCP | M05.761 M05.762 M05.A",
        "Seropositive rheumatoid arthritis of right elbow without organ involvement | M05.721",
    })
    void encode_companionOfTheIndexCode_reportedAfterIt(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A leg or an arm is the classification's lower or upper extremity (Index: "lower extremity (hip, buttock,
     * thigh, leg, foot, toes)"): the FY2025 titles' "lower extremity pain" (M51.36-) is the statement's "leg pain",
     * which the code then says (no M79.6- beside it; I.B.9).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Degenerative disc disease of lumbar spine with discogenic back pain and leg pain | M51.362",
        "Lumbar disc degeneration, leg pain only | M51.361",
    })
    void encode_legPain_lowerExtremityPain(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "Abdominal" is the site noun of L98.43- "Non-pressure chronic ulcer of abdomen" (I.B.1), not another site. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Non-pressure chronic ulcer of the abdominal wall with necrosis of muscle | L98.433",
    })
    void encode_abdominalUlcer_abdomenCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * "Tophaceous" and "tophi" are the 7th character "with tophus (tophi)" of M1A; a meaning that says "without" what
     * the statement states is never chosen (I.A.5, I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chronic tophaceous gout of right knee, idiopathic | M1A.0611",
        "Chronic idiopathic gout of left wrist with tophi | M1A.0321",
    })
    void encode_tophaceousGout_withTophus(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

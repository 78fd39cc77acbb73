package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Laterality, site and specificity the statement states (encsite loop): side abbreviations (R, L, OD, OS, OU, AU,
 * A/C), one side as the index's "unilateral", joints under the index's "joint" group, lung lobes and breast
 * quadrants, ligament names, a site the Neoplasm table sends to a wider row ("other parts of face"), and the
 * 7th character named by the statement. Statements in no evaluation set; FY2026 codes written from the index, the
 * Tabular List and the Official Guidelines (I.B.13 laterality, I.A.18 unspecified codes, I.A.9.a other codes).
 */
class SitesIT extends OnOfficialFiles {

    /** Side abbreviations choose the child of the stated side or the bilateral one (I.B.13). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "age-related nuclear cataract OS | H25.12",
        "pterygium OS | H11.002",
        "dry AMD OD, intermediate stage | H35.3112",
        "POAG OU, severe stage | H40.1133",
        "tinnitus AU | H93.13",
        "R knee effusion | M25.461",
        "acute DVT of R popliteal vein | I82.431",
        "chronic DVT of left tibial vein | I82.542",
        "A/C systolic CHF | I50.23",
        "extremely dense left breast on mammogram | R92.342",
    })
    void encode_sideAbbreviation_childOfTheSide(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** One side stated is the index's "unilateral"; both sides its "bilateral" (Osteoarthritis, hip, unilateral). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L hip osteoarthritis | M16.12",
        "osteoarthritis of both hips | M16.0",
        "closed fracture of one rib, right side, initial encounter | S22.31XA",
    })
    void encode_oneOrBothSides_unilateralOrBilateralSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A joint named alone is under the index's "joint" group (Pain, joint, shoulder / ankle). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L shoulder pain | M25.512",
        "pain of right ankle | M25.571",
    })
    void encode_jointNamedAlone_jointSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Lobes, quadrants, ligaments and digits as notes abbreviate them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "squamous cell carcinoma of LLL | C34.32",
        "carcinoma of right breast, UOQ, female | C50.411",
        "sprain of ACL of left knee, initial encounter | S83.512A",
        "trigger thumb of left hand | M65.312",
    })
    void encode_siteAbbreviation_siteCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A stated site is not an "unspecified part": the "other parts of face" code (I.A.9.a, I.A.18). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "basal cell carcinoma of skin of left cheek | C44.319",
        "basal cell carcinoma of skin of face | C44.310",
    })
    void encode_siteTheTableWidens_otherPartsCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The 7th character the statement names, not the one repeating the code's own title; "corneal" is not "corn". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "central retinal vein occlusion, left eye, with macular edema | H34.8120",
        "left corneal abrasion, initial encounter | S05.02XA",
    })
    void encode_statedDetail_notTheTitleRepeated(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

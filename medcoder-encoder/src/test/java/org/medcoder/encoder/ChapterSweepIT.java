package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the session 10 sweep of chapters 15-18 and 21 (encsweep3), each checked on statements that are in no
 * evaluation set, expected codes written from the index, the tabular and the guidelines (FY2026, outpatient).
 */
class ChapterSweepIT extends OnOfficialFiles {

    /** An abbreviation the index prints beside a term ("electroencephalogram [EEG]", "(BRBPR)") names it (I.A.6). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abnormal EEG | R94.01",
        "abnormal ECG | R94.31",
        "BRBPR | K62.5",
    })
    void encode_indexAbbreviation_namesTheTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "Neonatal" and "newborn" are one word; "-oses" plurals are the index's "-osis" main terms. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "newborn hypoglycemia | P70.4",
        "multiple congenital exostoses | Q78.6",
    })
    void encode_wordVariants_reachTheIndexWording(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Perinatal short forms and karyotype formulas are the index's words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mild HIE | P91.61",
        "47,XXY | Q98.0",
        "45,X karyotype | Q96.0",
        "IUGR in pregnancy, 34 weeks | O36.5930 Z3A.34",
        "failed attempted termination of pregnancy complicated by sepsis | O07.37",
    })
    void encode_perinatalShorthand_indexWording(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A condition after delivery is looked up under "Puerperal" ("Postpartum - see Puerperal"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postpartum anemia | O90.81",
        "puerperal sepsis due to E. coli | O85 B96.20",
    })
    void encode_postpartumCondition_puerperalEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The stated outcome of a delivery follows the chapter 15 codes (I.C.15.b.5); none stated, none coded. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "preterm delivery, stillborn | O60.10X0 Z37.1",
        "normal delivery, single liveborn | O80 Z37.0",
    })
    void encode_deliveryWithOutcome_z37Follows(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_deliveryOutcome_trailCitesTheGuideline() {
        EncodeResult r = encoder.encode("preterm delivery, stillborn");
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.15.b.5");
    }

    /** "Renal" is read as the index's "kidney" when nothing is found as written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "renal hypoplasia | Q60.5",
        "renal dysplasia | Q61.4",
    })
    void encode_renalWithoutEntry_kidneyEntry(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

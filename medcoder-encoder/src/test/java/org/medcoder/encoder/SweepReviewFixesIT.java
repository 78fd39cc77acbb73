package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 10 review fixes of the encsweep rules (review A findings 16-18, 26, 28, 29), on the reviewer's statements
 * and near-misses where the rule must not fire; in no evaluation set. Expected codes from the FY2026 Alphabetic
 * Index, Table of Drugs and Tabular List.
 */
class SweepReviewFixesIT extends OnOfficialFiles {

    /**
     * English plurals in "-oses" keep their "-ose" singular ("Overdose"; "Examination, administrative purpose only"
     * Z02.9); Greek "-oses" plurals still meet the "-osis" main term (Ecchymosis R58).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "multiple overdoses of heroin | T40.1X1A",
        "examination for administrative purposes | Z02.9",
        "ecchymoses of left thigh | R58",
    })
    void encode_osesPlural_meetsItsSingular(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A condition whose own index entry names the puerperium keeps it ("Depression, postpartum" F53.0); one without
     * is still looked up under "Puerperal" (I.C.15.a.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postpartum depression | F53.0",
        "postpartum thyroiditis | O90.5",
        "postpartum cardiomyopathy | O90.3",
    })
    void encode_postpartumCondition_ownEntryOrPuerperal(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Z37 only when a delivery occurred (I.C.15.b.5): a history of stillbirth is no outcome of this delivery. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "preterm labor at 30 weeks, history of stillbirth | O60.03 Z3A.30",
        "normal vaginal delivery of single liveborn | O80 Z37.0",
    })
    void encode_stillbirthHistory_noOutcomeOfDelivery(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "CRPS II" is the index's see-reference "Causalgia"; "IgA/IgM deficiency" the index's "Deficiency, immunity". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CRPS II of left upper limb | G56.42",
        "CRPS I of left upper limb | G90.512",
        "IgA deficiency | D80.2",
        "IgM deficiency | D80.4",
        "selective IgA deficiency | D80.2",
    })
    void encode_classificationShortForm_readAsIndexWords(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

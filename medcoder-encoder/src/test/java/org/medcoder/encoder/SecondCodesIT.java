package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second codes the statement itself supplies (encsecond loop): long-term drug use, status and history clauses,
 * each checked on statements that are in no evaluation set (FY2026 codes, outpatient).
 */
class SecondCodesIT extends OnOfficialFiles {

    /** A drug the patient is on: the condition, then Z79 of the drug's class (I.C.21.c.3, I.C.4.a.3). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "paroxysmal atrial fibrillation on rivaroxaban | I48.0 Z79.01",
        "type 2 diabetes with diabetic polyneuropathy on glipizide | E11.42 Z79.84",
        "rheumatoid arthritis on long-term prednisone | M06.9 Z79.52",
        "type 2 diabetes treated with insulin and semaglutide | E11.9 Z79.4 Z79.85",
        "chronic obstructive pulmonary disease, dependent on oxygen | J44.9 Z99.81",
    })
    void encode_drugTherapyClause_conditionThenLongTermUse(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Type 1 diabetes is insulin treated by definition: no Z79.4 (E10 has no note asking for it); the pump itself is
     * a device the patient has, its presence status Z96.41 (I.C.21.c.3).
     */
    @Test
    void encode_type1DiabetesOnInsulin_noLongTermInsulinCode() {
        assertThat(encoder.encode("type 1 diabetes with hyperglycemia on insulin pump").codesText())
                .isEqualTo("E10.65 Z96.41");
    }

    /** Status and history clauses after the condition (I.C.21.c.3, I.C.21.c.4), each with its trail. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "essential hypertension, status post right total shoulder replacement | I10 Z96.611",
        "sick sinus syndrome with pacemaker in situ | I49.5 Z95.0",
        "atrial flutter, history of pulmonary embolism | I48.92 Z86.711",
        "asthma with family history of asthma | J45.909 Z82.5",
        "status post left above-knee amputation | Z89.612",
    })
    void encode_statusOrHistoryClause_codedAfterTheCondition(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_clauseCode_trailSaysItWasStated() {
        EncodeResult r = encoder.encode("essential hypertension on long-term aspirin");
        assertThat(r.codesText()).isEqualTo("I10 Z79.82");
        assertThat(r.codes().get(1).trail().tabular()).anyMatch(s -> s.contains("stated in the statement"));
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.21.c.3");
    }

    /** "On" before words that are no drug leaves the statement as it was. */
    @Test
    void encode_onWithoutDrug_conditionOnly() {
        assertThat(encoder.encode("pressure ulcer on sacral region, stage 2").codesText()).startsWith("L89.15");
    }

    /**
     * A condition in a pregnancy is coded to chapter 15 first (I.C.15.a.1), the condition's own code after it only
     * when the chapter 15 code's note asks for it (O99, O24.1: I.A.13; O23.4 needs none), Z3A for stated weeks.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UTI in pregnancy, 30 weeks | O23.43 Z3A.30",
        "folate deficiency anemia in pregnancy, first trimester | O99.011 D52.9",
        "pre-existing type 2 diabetes mellitus in pregnancy, third trimester | O24.113 E11.9",
        "hyperthyroidism in pregnancy, second trimester | O99.282 E05.90",
        "elderly primigravida, third trimester | O09.513",
        "anemia complicating pregnancy, first trimester | O99.011 D64.9",
    })
    void encode_conditionInPregnancy_chapter15FirstThenConditionIfAsked(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * The condition a drug caused beside the drug's T code: an adverse effect's nature first (I.C.19.e.5.a), a
     * poisoning's manifestation after it (I.C.19.e.5.b).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "constipation due to oxycodone taken as prescribed, initial encounter | K59.03 T40.2X5A",
        "hematuria due to heparin, adverse effect, initial encounter | R31.9 T45.515A",
        "vomiting due to codeine, adverse effect, initial encounter | R11.10 T40.2X5A",
        "tachycardia due to accidental overdose of amitriptyline, initial encounter | T43.011A R00.0",
    })
    void encode_conditionCausedByDrug_sequencedByIntent(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Encounters written as clinicians write them: routine examinations (I.C.21.c.12), screening (I.C.21.c.5),
     * aftercare with the joint's status (I.C.21.c.7), follow-up with the history of the condition treated (I.C.21.c.8).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "well child exam, 9-month-old, with abnormal findings | Z00.121",
        "routine physical exam for adult, normal findings | Z00.00",
        "aftercare following right shoulder arthroplasty | Z47.1 Z96.611",
        "follow-up examination after completed treatment of urinary tract infection | Z09 Z87.440",
        "screening mammography | Z12.31",
        "HIV PrEP | Z29.81",
    })
    void encode_encounterAsCliniciansWriteIt_zCodeOfTheEncounter(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * Habit, exposure, service and adherence clauses (miss12): the condition, then the clause's own code, each on
     * statements in no evaluation set (IV.J with the chapters' tobacco notes; I.C.21.c.1, c.4, c.13).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chronic pancreatitis in current 1 ppd cigarette smoker | K86.1 F17.210",
        "chronic sinusitis; smoker | J32.9 F17.200",
        "acute pharyngitis, tobacco use | J02.9 Z72.0",
        "psoriasis vulgaris, quit smoking 5 years ago | L40.0 Z87.891",
        "acute bronchiolitis; exposed to secondhand smoke at home | J21.9 Z77.22",
        "chronic rhinitis, exposed to secondhand smoke at work | J31.0 Z57.31",
        "obstructive sleep apnea in Navy veteran | G47.33 Z91.85",
        "end stage renal disease on hemodialysis, skipped dialysis sessions | N18.6 Z99.2 Z91.158",
        "morbid obesity, not following prescribed diet | E66.01 Z91.119",
    })
    void encode_riskClause_conditionThenItsCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Smoke and diet words that state no habit give no second code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "smoke inhalation, initial encounter | T59.811A",
        "type 2 diabetes, diet-controlled | E11.9",
    })
    void encode_noHabitStated_noSecondCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * miss12: transport clauses as clinicians write them (another vehicle "hit"/"struck" the victim's, read by
     * TransportAccidents), falls from a pedestrian conveyance (V00.-), a "; fall" part that the external
     * cause already tells (no R29.6), antidiabetic codes in their note's order (I.C.20.a, I.C.4.a.3).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Right wrist sprain, initial; fell off skateboard | S63.501A V00.131A",
        "Abrasion of right knee, initial; fell from sled | S80.211A V00.221A",
        "Cervical strain, initial; passenger in car hit by a pickup truck in traffic | S16.1XXA V43.63XA",
        "Left hip contusion, initial encounter; fall | S70.02XA W19.XXXA",
        "Type 2 diabetes with hyperglycemia on glipizide plus insulin | E11.65 Z79.4 Z79.84",
    })
    void encode_eventOrDrugClause_codedAsACoderWould(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

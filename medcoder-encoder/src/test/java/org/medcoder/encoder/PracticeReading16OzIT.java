package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of physicians' wording found through the practice sets dev16-pA/pB/pC (pfix14c loop, session 14, O-Z):
 * a Latin noun's adjective and a noun of quality's adjective meeting the index's term, a newborn's condition read
 * at the index's newborn subterm, a fall from a cycle or a ridden animal as a noncollision transport accident,
 * "physical" as a noun for the physical examination.
 * Statements in no evaluation set; FY2026 codes written from the index, the Tabular List and the Official
 * Guidelines.
 */
class PracticeReading16OzIT extends OnOfficialFiles {

    /**
     * The adjective of a Latin noun ("pyloric", "esophageal") and the adjective of a noun of quality ("unsteady")
     * meet the index's noun: "Stenosis, pylorus, congenital" Q40.0; "Unsteadiness on feet" R26.81 (I.A, I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Congenital pyloric stenosis | Q40.0",
        "Infantile hypertrophic pyloric stenosis | Q40.0",
        "Patient is unsteady on her feet | R26.81",
    })
    void encode_adjectiveOfTheIndexNoun_indexTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A newborn's condition the index lists under a newborn subterm beside another one is the perinatal code
     * (I.C.16.a.5): "Thrush, newborn" P37.5, not "Thrush, oral" B37.0.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Newborn with oral thrush | P37.5",
        "Oral thrush in a neonate | P37.5",
        "Oral thrush | B37.0",
    })
    void encode_newbornCondition_newbornSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * A fall from a pedal cycle or a ridden horse is the rider's noncollision transport accident (V18 includes
     * "fall or thrown from pedal cycle"; V80.01- "fall from or being thrown from animal"); the cyclist operating the
     * cycle is its driver, nontraffic off the public highway (Chapter 20 definitions).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fell off his bicycle on the road, abrasion of right elbow, initial encounter | S50.311A V18.4XXA",
        "Contusion of left hip, fell off bike in the backyard, initial encounter | S70.02XA V18.0XXA",
        "Contusion of right shoulder after being thrown from a horse, initial encounter | S40.011A V80.010A",
    })
    void encode_fallFromCycleOrHorse_noncollisionTransportAccident(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /**
     * "Physical" as a noun is the physical examination (I.C.21.c.12): routine or yearly, "Examination, annual
     * (adult) (periodic) (physical)" Z00.0-; for a sport, "Examination, medical, participation in sport" Z02.5.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yearly physical, no abnormal findings | Z00.00",
        "Routine physical, adult, normal findings | Z00.00",
        "Sports physical for high school soccer | Z02.5",
    })
    void encode_physicalAsANoun_examination(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Injuries and their external causes (encinjury loop, session 8), each checked on statements that are in no
 * evaluation set; expected codes from the Index, the Index to External Causes and the FY2026 Tabular List.
 */
class InjuriesIT extends OnOfficialFiles {

    /**
     * An eponym or a named site the index reaches stays there: the Tabular check does not trade the eponym for a
     * code of the category naming another site ("head of radius", "thumb") or an "unspecified" code (I.B.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Smith's fracture of left radius, subsequent encounter for routine healing | S52.542D",
        "Displaced Barton's fracture of left radius, initial encounter | S52.562A",
        "Bennett's fracture of right hand, initial encounter | S62.211A",
        "Nondisplaced fracture of left lateral malleolus, initial encounter | S82.65XA",
    })
    void encode_eponymOrNamedSite_indexCodeKept(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "Without foreign body" in the index code's title while the statement has one: the code "with" (I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Puncture wound with foreign body of left foot, initial encounter | S91.342A",
        "Puncture wound with foreign body of right thumb without damage to nail, initial encounter | S61.041A",
        "Puncture wound with foreign body of left foot from a nail, initial encounter | S91.342A W45.0XXA",
    })
    void encode_woundWithForeignBody_withCodeAndObject(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The object that entered a natural orifice (W44.-, FY2023) when named; none when not (I.C.20). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Swallowed plastic coin in stomach, initial encounter | T18.2XXA W44.B2XA",
        "Magnet in left ear, initial encounter | T16.2XXA W44.D0XA",
        "Insect in left ear, initial encounter | T16.2XXA W44.F4XA",
        "Foreign body in left nostril, initial encounter | T17.1XXA",
    })
    void encode_foreignBodyInOrifice_objectCodeWhenNamed(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** The perpetrator of confirmed maltreatment (Y07.-, I.C.19.f), named after "by"; the victim's "child" is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Confirmed child physical abuse by grandmother, initial encounter | T74.12XA Y07.46",
        "Confirmed child neglect by foster mother, initial encounter | T74.02XA Y07.421",
        // The first "by" after the abuse names the person, a later "caused by" does not (review s8 #10).
        "confirmed adult physical abuse by husband with burns caused by cigarette | T74.11XA Y07.010",
        "Confirmed adult neglect by daughter, with pressure marks caused by restraints | T74.01XA Y07.44",
        "Confirmed adult physical abuse by former boyfriend, initial encounter | T74.11XA Y07.031",
        "confirmed adult sexual abuse by ex-husband | T74.21XA Y07.011",
    })
    void encode_confirmedMaltreatmentByPerson_perpetratorCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Suspected maltreatment is its own code (T76.-) with no perpetrator code (I.C.19.f); IV.H still for the rest. */
    @Test
    void encode_suspectedMaltreatment_t76WithoutPerpetrator() {
        assertThat(encoder.encode("Suspected child physical abuse by father, initial encounter").codesText())
                .isEqualTo("T76.12XA");
        assertThat(encoder.encode("suspected alcohol abuse").codes()).isEmpty();
    }

    @Test
    void encode_perpetratorCode_trailCitesIndexToExternalCauses() {
        EncodeResult r = encoder.encode("Confirmed child physical abuse by grandmother, initial encounter");
        assertThat(r.codes().get(1).trail().indexPath()).contains("Perpetrator");
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.20.a");
    }

    /** Device infections and wound dehiscence in clinicians' words reach the complication codes (I.B.16). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Urinary tract infection due to Foley catheter, initial encounter | T83.511A N39.0",
        "Infected peritoneal dialysis catheter, initial encounter | T85.71XA",
        "VP shunt infection, initial encounter | T85.730A",
        "CRBSI, initial encounter | T80.211A",
        "Dehiscence of surgical incision, initial encounter | T81.31XA",
    })
    void encode_complicationOfCare_complicationCode(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

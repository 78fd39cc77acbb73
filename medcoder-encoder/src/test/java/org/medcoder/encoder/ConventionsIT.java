package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conventions and index choices (encconv loop): COVID-19 with its manifestations and in pregnancy, organism codes
 * a combination code already names, problem-list short forms. Statements in no evaluation set, FY2026 codes.
 */
class ConventionsIT extends OnOfficialFiles {

    /** U07.1 first, then each manifestation (I.C.1.g.1.c, I.C.1.g.1.d); not for exposure or history. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "COVID-19 with acute respiratory failure with hypoxia | U07.1 J96.01",
        "COVID-19 with acute respiratory distress syndrome | U07.1 J80",
        "COVID-19 with viral enteritis | U07.1 A08.4",
        "COVID-19 exposure at daycare, no symptoms | Z20.822",
        "personal history of COVID-19 | Z86.16",
    })
    void encode_covid19WithManifestation_u071First(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** In a pregnancy O98.5- first, then U07.1, then the weeks (I.C.15.s, I.C.21.c.11). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "COVID-19 at 10 weeks of pregnancy | O98.511 U07.1 Z3A.10",
        "pregnant patient with COVID-19, second trimester | O98.512 U07.1",
    })
    void encode_covid19InPregnancy_o985First(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_covid19InPregnancy_trailCitesGuideline() {
        EncodeResult r = encoder.encode("COVID-19 at 10 weeks of pregnancy");
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.C.15.s");
    }

    /** A B95-B97 organism the combination code's title already names is not coded again (I.B.9). */
    @Test
    void encode_organismNamedByCombinationCode_noB95() {
        assertThat(encoder.encode("strep tonsillitis, rapid strep positive").codesText()).isEqualTo("J03.00");
    }

    /** The organism written first is the condition's organism: condition, then B95-B97 (I.A.15, I.C.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Proteus UTI | N39.0 B96.4",
        "E. coli acute prostatitis | N41.0 B96.20",
    })
    void encode_organismFirst_conditionThenOrganism(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A tie between subterms goes to the one worded as the statement ("aortic", not "aorta"; I.A). */
    @Test
    void encode_aorticStenosis_valveNotCongenitalAorta() {
        assertThat(encoder.encode("moderate aortic stenosis").codesText()).isEqualTo("I35.0");
    }

    /** A virus the statement names only in part (a shared word) is not coded: no B97.4 for "viral URI". */
    @Test
    void encode_viralUpperRespiratoryInfection_noVirusCode() {
        assertThat(encoder.encode("viral upper respiratory tract infection").codesText()).isEqualTo("J06.9");
    }

    /** The etiology first, whatever the wording order (I.A.13, H36 "code first underlying disease"). */
    @Test
    void encode_retinopathyInSickleCellDisease_etiologyFirst() {
        EncodeResult r = encoder.encode(
                "nonproliferative sickle-cell retinopathy of right eye in sickle-cell disease without crisis");
        assertThat(r.codesText()).isEqualTo("D57.1 H36.811");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PVD right eye | H43.811",
        "PVD | I73.9",
        "VSD | Q21.0",
    })
    void encode_contextualShortForms_indexTerm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of physicians' wording found through the practice sets (pfixB loop, session 13, chapters 12-22): a region
 * the index names by its adjective, the newborn period stated as an age in days or weeks, a spelling of the index's
 * own term, a finding seen on a screening mammogram, another person's fingernail as the cause of a scratch, a
 * muscle group named by its muscles.
 * Statements in no evaluation set; FY2026 codes written from the index, the Tabular List and the Official
 * Guidelines.
 */
class PracticeReadingLzIT extends OnOfficialFiles {

    /** "Ulcer, pressure, stage N, sacral region (tailbone)" L89.15-: the bone names the region (I.A, I.B.1). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Stage 2 pressure ulcer of sacrum | L89.152",
        "Unstageable pressure injury of the sacrum | L89.150",
    })
    void encode_pressureUlcerOfTheSacrum_sacralRegion(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** An age of 28 days or less is the perinatal period (I.C.16): the index's "newborn" subterms. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jaundice in 5-day-old | P59.9",
        "Toxic erythema in 4-day-old | P83.1",
        "Fever in 12-day-old | P81.9",
        "Routine newborn exam, 3 days old | Z00.110",
    })
    void encode_ageOfTheNewbornPeriod_newbornSubterm(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** "Cephalohematoma" is the index's "Cephalhematoma, newborn (birth injury)" P12.0. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Left cephalohematoma in newborn | P12.0",
    })
    void encode_cephalohematoma_indexSpelling(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** A finding "on screening mammogram" is the imaging finding (R92.-, I.C.18); no Z12.31 (I.C.21.c.5). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Scattered fibroglandular density of left breast on a screening mammogram | R92.322",
        "Microcalcifications of right breast found on screening mammography | R92.0",
        "Screening mammogram; mother had breast cancer | Z12.31 Z80.3",
    })
    void encode_findingOnScreeningMammogram_findingOnly(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Another person's fingernail: "Scratched by, person(s) (accidentally)" W50.4, not W45.0 (I.C.20). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Abrasion of left cheek, scratched by her son's fingernail, initial encounter | S00.81XA W50.4XXA",
    })
    void encode_anotherPersonsFingernail_scratchedByPerson(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    /** Hamstrings and calf muscles are the index's posterior muscle groups (Injury, muscle, posterior muscle). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Strain of right hamstring muscle, initial encounter | S76.311A",
        "Right calf muscle strain, initial encounter | S86.111A",
        "Strain of left gastrocnemius, initial encounter | S86.112A",
    })
    void encode_muscleGroupByName_posteriorMuscleGroup(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

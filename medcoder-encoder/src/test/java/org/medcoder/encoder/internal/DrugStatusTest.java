package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrugStatusTest {

    /** The Z88 code of each T36-T50 class, as the index lists them under "History, personal, allergy (to)". */
    @ParameterizedTest
    @CsvSource({
        "T360X5, amoxicillin, Z88.0",
        "T361X5, cefazolin, Z88.1",
        "T36AX5, ciprofloxacin, Z88.1",
        "T370X5, sulfamethoxazole, Z88.2",
        "T371X5, isoniazid, Z88.3",
        "T413X5, lidocaine, Z88.4",
        "T402X5, morphine, Z88.5",
        "T40605, narcotic, Z88.5",
        "T39015, aspirin, Z88.6",
        "T50B95, influenza vaccine, Z88.7",
        "T508X5, contrast medium radiography, Z91.041",
        "T464X5, lisinopril, Z88.8",
    })
    void statusCode_drugClass_allergyStatusCode(String tcode, String name, String status) {
        assertThat(DrugStatus.statusCode(tcode, name)[0]).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"T5191X, alcohol", "T6301X, snake venom", "T3000X, none"})
    void statusCode_notADrugOfT36ToT50_null(String tcode, String name) {
        assertThat(DrugStatus.statusCode(tcode, name)).isNull();
    }
}

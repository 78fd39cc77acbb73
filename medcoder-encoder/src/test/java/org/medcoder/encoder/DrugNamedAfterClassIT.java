package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X-induced Y after starting Z": Z is the cause only when it is of the class X names (review15 finding 0); a drug of
 * another class is a treatment given since, and X stays the drug whose adverse effect is coded (I.C.19.e.5.a).
 */
class DrugNamedAfterClassIT extends OnOfficialFiles {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "steroid-induced hyperglycemia after starting metformin | R73.9 T38.0X5A",
        "opioid-induced constipation after starting lactulose | K59.03 T40.2X5A",
        "chemotherapy-induced nausea while taking ondansetron | R11.0 T45.1X5A",
        "steroid-induced osteoporosis while on calcium | M81.8 T38.0X5A",
    })
    void encode_laterDrugOfAnotherClass_classStaysTheCause(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "opioid-induced constipation from oxycodone | K59.03 T40.2X5A",
        "neuroleptic induced parkinsonism after starting haloperidol | G21.11 T43.4X5A",
    })
    void encode_laterDrugOfTheClass_drugIsTheCause(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

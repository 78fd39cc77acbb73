package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * General rules of the rtZ14 loop (chapter 21 read back from its own words), each checked on physician-worded
 * statements that are in no evaluation set (FY2026 codes, DOS 2026-03-01, outpatient).
 */
class ChapterZReadingIT extends OnOfficialFiles {

    /**
     * The weeks of gestation name no obstetric condition: Z3A's "code first" note guesses none from the trimester
     * the weeks imply (I.A.13, I.C.21.c.11); a condition stated beside "N weeks gestation" is looked up with the
     * weeks as its timing (I.C.15.a.3).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "22 weeks gestation | Z3A.22",
        "breech presentation at 37 weeks gestation | O32.1XX0 Z3A.37",
        "transverse lie, 36 weeks gestation | O32.2XX0 Z3A.36",
        "oligohydramnios, 33 weeks gestation | O41.03X0 Z3A.33",
    })
    void encode_weeksOfGestation_noGuessedCondition(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }
}

package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InjuryCausesTest {

    /** The perpetrator's words (I.C.19.f, Y07.-): after the first "by" following the maltreatment, to the clause end. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "confirmed adult physical abuse by husband with burns caused by cigarette | husband",
        "confirmed child neglect by foster mother, initial encounter | foster mother",
        "child sexually abused by stepfather; laceration caused by broken glass | stepfather",
        "burn caused by iron, confirmed elder abuse by daughter | daughter",
        "shaken infant syndrome by father | father",
    })
    void person_maltreatmentByPerson_personWordsOnly(String statement, String person) {
        assertThat(InjuryCauses.person(statement)).isEqualTo(person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "confirmed child physical abuse, initial encounter",
        "confirmed adult neglect",
    })
    void person_noBy_null(String statement) {
        assertThat(InjuryCauses.person(statement)).isNull();
    }
}

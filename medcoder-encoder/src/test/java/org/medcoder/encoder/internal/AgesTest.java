package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    void without_ageInYears_removedWithItsConnector() {
        assertThat(Ages.without("pneumonia in a 7-year-old")).isEqualTo("pneumonia");
        assertThat(Ages.without("53 yo female with gout")).isEqualTo("gout");
        assertThat(Ages.without("otitis externa, 6 y/o, right ear")).isEqualTo("otitis externa, right ear");
    }

    @Test
    void without_noAgeOrAgeInDays_sameInstance() {
        String days = "jaundice in a 3 day old newborn";
        assertThat(Ages.without(days)).isSameAs(days);
        String ago = "colon cancer resected 4 years ago";
        assertThat(Ages.without(ago)).isSameAs(ago);
        String cold = "common cold";
        assertThat(Ages.without(cold)).isSameAs(cold);
    }

    /** pfixB (session 13): 28 days or less is the perinatal period (I.C.16), read as the index's "newborn". */
    @Test
    void without_ageOfTheNewbornPeriod_newbornBeforeIt() {
        assertThat(Ages.without("Fever in 12-day-old")).isEqualTo("fever in newborn 12 days old");
        assertThat(Ages.without("hypothermia, 3 weeks old")).isEqualTo("hypothermia, newborn 3 weeks old");
        String infant = "diaper rash in 6-week-old";
        assertThat(Ages.without(infant)).isSameAs(infant);
        String days = "candidal diaper dermatitis in 40-day-old";
        assertThat(Ages.without(days)).isSameAs(days);
    }
}

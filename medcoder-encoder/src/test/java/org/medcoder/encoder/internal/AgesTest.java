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
        assertThat(Ages.without("3-week-old with hypothermia")).isEqualTo("newborn 3 weeks old with hypothermia");
        assertThat(Ages.without("hypothermia in a 2 wk old boy")).isEqualTo("hypothermia in a newborn 2 weeks old boy");
        assertThat(Ages.without("poor feeding, 9-day-old infant")).isEqualTo("poor feeding, newborn 9 days old infant");
        String infant = "diaper rash in 6-week-old";
        assertThat(Ages.without(infant)).isSameAs(infant);
        String days = "candidal diaper dermatitis in 40-day-old";
        assertThat(Ages.without(days)).isSameAs(days);
    }

    /** review13 (session 13) finding 1: the age of a lesion is not the patient's age. */
    @Test
    void without_ageOfALesion_noNewborn() {
        for (String lesion : new String[] {"Fracture of left clavicle, 2 weeks old", "Hematoma of scalp, 10 days old",
                "Subdural hematoma 3 weeks old after fall", "2-week-old laceration of right hand, infected",
                "hypothermia, 3 weeks old"}) {
            assertThat(Ages.without(lesion)).as(lesion).isSameAs(lesion);
        }
    }
}

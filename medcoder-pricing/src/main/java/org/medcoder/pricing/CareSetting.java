package org.medcoder.pricing;

import java.util.Set;

/**
 * Where the service was furnished, which selects the practice-expense RVU: facility (hospital, ASC, SNF...) or
 * non-facility (office). Medicare Claims Processing Manual ch.12 §20.4.2 (site of service payment differential).
 */
public enum CareSetting {
    FACILITY, NON_FACILITY;

    /**
     * Places of service paid at the facility rate (MCPM ch.12 §20.4.2): telehealth other than home 02, inpatient 21,
     * on/off-campus outpatient hospital 19/22, emergency room 23, ASC 24, military facility 26, SNF 31, hospice 34,
     * ambulance 41/42, inpatient psychiatric 51, psychiatric partial hospitalization 52, community mental health
     * center 53, psychiatric residential treatment 56, comprehensive inpatient rehabilitation 61.
     */
    private static final Set<String> FACILITY_PLACES = Set.of("02", "19", "21", "22", "23", "24", "26", "31", "34",
            "41", "42", "51", "52", "53", "56", "61");

    /** The setting of a two-digit CMS place-of-service code. */
    public static CareSetting ofPlaceOfService(String pos) {
        return FACILITY_PLACES.contains(pos) ? FACILITY : NON_FACILITY;
    }
}

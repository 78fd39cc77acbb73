package org.medcoder.pricing;

/**
 * Where the service was furnished, which selects the practice-expense RVU: facility (hospital, ASC, SNF...) or
 * non-facility (office). Medicare Claims Processing Manual ch.12 §20.4.2 (site of service payment differential).
 */
public enum CareSetting {
    FACILITY, NON_FACILITY
}

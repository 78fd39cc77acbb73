package org.medcoder.pricing;

/**
 * What became of a line: priced, or why Medicare does not pay it separately under the fee schedule (status code of
 * the PPRRVU file, or a payment policy indicator that forbids the modifier).
 */
public enum LineOutcome {
    /** Priced from RVUs, GPCIs and the conversion factor. */
    PRICED,
    /** Status B/P, or status T billed with another payable service: payment is bundled into other services. */
    BUNDLED,
    /** Status N: not covered by Medicare. */
    NOT_COVERED,
    /** Status C or R, or team surgery: the Medicare contractor prices it (by report). */
    CARRIER_PRICED,
    /** Status X: excluded from the fee schedule by statute. */
    STATUTORY_EXCLUSION,
    /** Status E: excluded from the fee schedule by regulation. */
    EXCLUDED,
    /** Status I, G or M, or RVUs flagged "not used for Medicare payment": Medicare pays another code or none. */
    NOT_VALID_FOR_MEDICARE,
    /** Status J: anesthesia services, paid from base and time units, not RVUs. */
    ANESTHESIA,
    /** Status D, F or H: deleted code or modifier. */
    DELETED,
    /** A payment policy indicator forbids payment with the modifiers billed (e.g. assistant at surgery indicator 1). */
    NOT_PAYABLE,
    /** The code is well formed but has no row in the release for the date of service. */
    NOT_ON_SCHEDULE,
    /** The modifiers contradict each other or the code (26 and TC together, 26 on a code without a PC/TC split). */
    INVALID_MODIFIERS
}

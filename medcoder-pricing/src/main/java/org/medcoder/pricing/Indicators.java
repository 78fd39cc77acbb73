package org.medcoder.pricing;

import java.util.Optional;

/**
 * The meanings of the PPRRVU file's status codes and payment policy indicators, in words, as the RVU README defines
 * them. Public so that the command line can explain a row.
 */
public final class Indicators {

    private Indicators() {
    }

    /** What a status code means. */
    public static String status(char code) {
        return switch (code) {
            case 'A' -> "active code, paid separately under the fee schedule";
            case 'B' -> "bundled code: payment is always bundled into other services";
            case 'C' -> "carrier-priced: the Medicare contractor sets the payment";
            case 'D' -> "deleted code (grace period)";
            case 'E' -> "excluded from the fee schedule by regulation";
            case 'F' -> "deleted code, no grace period";
            case 'G' -> "not valid for Medicare: another code is used";
            case 'H' -> "deleted modifier";
            case 'I' -> "not valid for Medicare purposes: Medicare uses another code";
            case 'J' -> "anesthesia service: paid from anesthesia base and time units, not RVUs";
            case 'M' -> "measurement code: for reporting only, no payment";
            case 'N' -> "non-covered service";
            case 'P' -> "bundled or excluded: no separate payment under the fee schedule";
            case 'R' -> "restricted coverage: if covered, the contractor prices it";
            case 'T' -> "paid only when no other fee schedule service is billed the same day";
            case 'X' -> "statutory exclusion: not in the statutory definition of physician services";
            default -> "unknown status code";
        };
    }

    /** The outcome of a status code that is not priced from RVUs; empty for A and T. */
    static Optional<LineOutcome> statusOutcome(char code) {
        return Optional.ofNullable(switch (code) {
            case 'A', 'T' -> null;
            case 'B', 'P' -> LineOutcome.BUNDLED;
            case 'C', 'R' -> LineOutcome.CARRIER_PRICED;
            case 'N' -> LineOutcome.NOT_COVERED;
            case 'X' -> LineOutcome.STATUTORY_EXCLUSION;
            case 'E' -> LineOutcome.EXCLUDED;
            case 'I', 'G', 'M' -> LineOutcome.NOT_VALID_FOR_MEDICARE;
            case 'J' -> LineOutcome.ANESTHESIA;
            case 'D', 'F', 'H' -> LineOutcome.DELETED;
            default -> LineOutcome.NOT_PAYABLE;
        });
    }

    /** What a PC/TC indicator means. */
    public static String pcTc(char code) {
        return switch (code) {
            case '0' -> "physician service: the PC/TC split does not apply, 26 and TC cannot be used";
            case '1' -> "diagnostic test with professional and technical components: 26 and TC can be used";
            case '2' -> "professional component only code";
            case '3' -> "technical component only code";
            case '4' -> "global test only code: separate codes exist for the components";
            case '5' -> "incident-to code";
            case '6' -> "laboratory physician interpretation code";
            case '7' -> "private practice therapist's service";
            case '8' -> "physician interpretation code";
            case '9' -> "PC/TC concept does not apply";
            default -> "unknown PC/TC indicator";
        };
    }

    /** What a multiple procedure indicator means. */
    public static String multipleProcedure(char code) {
        return switch (code) {
            case '0' -> "no multiple procedure reduction";
            case '2' -> "standard multiple surgery: 100% highest, 50% others";
            case '3' -> "endoscopy family rules, then standard multiple surgery";
            case '4' -> "diagnostic imaging: TC 50%, PC 95% after the first";
            case '5' -> "therapy: PE 50% after the first unit";
            case '6' -> "diagnostic cardiovascular: TC 75% after the first";
            case '7' -> "diagnostic ophthalmology: TC 80% after the first";
            case '9' -> "concept does not apply";
            default -> "indicator " + code;
        };
    }
}

package org.medcoder.claims.x12;

import java.util.Objects;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;
import org.medcoder.core.Severity;

/**
 * One problem with an X12 file, with the 999 error code that reports it back to the sender.
 *
 * @param level    what the code is for: a segment (IK304), an element (IK403), a transaction set (IK502) or the envelope
 * @param code     the 999 code, e.g. {@code 8} "invalid date" at element level
 * @param position where it is
 * @param badValue the offending value, empty when none (a missing element or segment)
 * @param elementReference the X12 data element number (IK402), e.g. {@code 373}; empty when not an element error
 * @param message  what a person needs to know
 */
public record X12Error(Level level, String code, SegmentPosition position, String badValue, String elementReference,
                       String message) {

    /** The level of the 999 loop that reports the error. */
    public enum Level {
        /** ISA/IEA or GS/GE: reported in AK9 / TA1. */
        ENVELOPE,
        /** The transaction set as a whole: IK5. */
        TRANSACTION,
        /** A segment: IK3. */
        SEGMENT,
        /** A data element: IK4 under its segment's IK3. */
        ELEMENT
    }

    public X12Error {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(badValue, "badValue");
        Objects.requireNonNull(elementReference, "elementReference");
        Objects.requireNonNull(message, "message");
    }

    /** This error as a finding on a file; the rule id names the 999 field and code, e.g. {@code X12-IK403-8}. */
    public Finding toFinding(String source, String transactionControlNumber) {
        String rule = switch (level) {
            case ENVELOPE -> "X12-ENVELOPE-" + code;
            case TRANSACTION -> "X12-IK502-" + code;
            case SEGMENT -> "X12-IK304-" + code;
            case ELEMENT -> "X12-IK403-" + code;
        };
        String where = transactionControlNumber.isEmpty() ? position.toString()
                : "ST " + transactionControlNumber + " " + position;
        String text = badValue.isEmpty() ? message : message + " ('" + badValue + "')";
        return new Finding(rule, Severity.ERROR, new Location(source, position.segmentCount(), where), text);
    }
}

package org.medcoder.claims.x12;

import java.time.LocalDateTime;
import java.util.Objects;
import org.medcoder.claims.Receiver;
import org.medcoder.claims.Submitter;

/**
 * The interchange and group envelope of one 837 file: who sends it to whom, its control number (ISA13 and GS06,
 * see {@link ControlNumbers}), when it was created, and whether it is a test (ISA15 = T) or production file.
 */
public record Envelope(Submitter submitter, Receiver receiver, long controlNumber, LocalDateTime created,
        boolean test) {

    /** The largest control number ISA13 can hold (nine digits). */
    public static final long MAX_CONTROL_NUMBER = 999_999_999L;

    public Envelope {
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(created, "created");
        if (controlNumber < 1 || controlNumber > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException("control number must be 1.." + MAX_CONTROL_NUMBER + ", was " + controlNumber);
        }
    }
}

package org.medcoder.claims.x12;

import java.util.Objects;

/**
 * Where in an X12 file something was found, the way a 999 acknowledgement and a person look it up.
 *
 * @param segmentCount the 1-based position of the segment in its transaction set (ST = 1), or in the interchange
 *                     (ISA = 1) for envelope segments; as IK302 counts it
 * @param segmentTag   the segment id, e.g. {@code CLP}
 * @param loop         the loop the segment is in, e.g. {@code 2100}; empty at the transaction's top level
 * @param element      the 1-based element position (IK401), 0 for the segment as a whole
 * @param component    the 1-based component position inside a composite, 0 when not in a composite
 */
public record SegmentPosition(int segmentCount, String segmentTag, String loop, int element, int component) {

    public SegmentPosition {
        Objects.requireNonNull(segmentTag, "segmentTag");
        Objects.requireNonNull(loop, "loop");
        if (segmentCount < 0 || element < 0 || component < 0) {
            throw new IllegalArgumentException("negative position: segment " + segmentCount + ", element " + element
                    + ", component " + component);
        }
    }

    /** Written as a person looks it up: {@code segment 13 CLP, loop 2100, CLP04}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("segment ").append(segmentCount);
        if (!segmentTag.isEmpty()) {
            b.append(' ').append(segmentTag);
        }
        if (!loop.isEmpty()) {
            b.append(", loop ").append(loop);
        }
        if (element > 0) {
            b.append(", ").append(segmentTag).append(String.format("%02d", element));
            if (component > 0) {
                b.append('-').append(component);
            }
        }
        return b.toString();
    }
}

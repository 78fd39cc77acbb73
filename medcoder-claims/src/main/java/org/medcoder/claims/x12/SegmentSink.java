package org.medcoder.claims.x12;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes whole segments to a StAEDI writer and counts the segments of the current transaction set (SE01).
 * Elements are strings ({@code ""} = empty) or {@code String[]} for a composite; trailing empty elements and
 * components are left out, as X12 requires.
 */
final class SegmentSink {

    private final EDIStreamWriter writer;
    private int transactionSegments;
    private int position;

    SegmentSink(EDIStreamWriter writer) {
        this.writer = writer;
    }

    EDIStreamWriter writer() {
        return writer;
    }

    /** Starts counting for a new transaction set (ST counts as the first segment). */
    void resetCount() {
        transactionSegments = 0;
    }

    int transactionSegments() {
        return transactionSegments;
    }

    /** Segments written in the interchange so far (StAEDI's 1-based segment positions count the same way). */
    int position() {
        return position;
    }

    void segment(String tag, Object... elements) {
        try {
            writer.writeStartSegment(tag);
            int last = elements.length - 1;
            while (last >= 0 && isEmpty(elements[last])) {
                last--;
            }
            for (int i = 0; i <= last; i++) {
                Object e = elements[i];
                if (e instanceof String[] components) {
                    composite(components);
                } else if (isEmpty(e)) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement((String) e);
                }
            }
            writer.writeEndSegment();
            transactionSegments++;
            position++;
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write " + tag + " segment: " + e.getMessage(), e);
        }
    }

    private void composite(String[] components) throws EDIStreamException {
        int last = components.length - 1;
        while (last >= 0 && components[last].isEmpty()) {
            last--;
        }
        writer.writeStartElement();
        for (int i = 0; i <= last; i++) {
            if (components[i].isEmpty()) {
                writer.writeEmptyComponent();
            } else {
                writer.writeComponent(components[i]);
            }
        }
        writer.endElement();
    }

    private static boolean isEmpty(Object e) {
        if (e instanceof String s) {
            return s.isEmpty();
        }
        if (e instanceof String[] c) {
            for (String s : c) {
                if (!s.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
        return e == null;
    }

    /** A composite element. */
    static String[] c(String... components) {
        return components;
    }
}

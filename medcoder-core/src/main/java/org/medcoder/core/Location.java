package org.medcoder.core;

import java.util.Objects;

/**
 * Where a finding was made: a file (or claim, or document) and a position inside it — a line number, an
 * XPath or JSON path, an X12 segment position, or a character offset — written the way a person looks it up.
 *
 * @param source the file name, claim id or document id
 * @param line   the 1-based line (or X12 segment) number, 0 when not applicable
 * @param path   the element/field path or offset description, empty when not applicable
 */
public record Location(String source, int line, String path) {

    public Location {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** A line in a file. */
    public static Location line(String source, int line) {
        return new Location(source, line, "");
    }

    /** A path (XPath, JSON path, X12 loop/segment/element) inside a source. */
    public static Location path(String source, String path) {
        return new Location(source, 0, path);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
        }
        if (!path.isEmpty()) {
            b.append(' ').append(path);
        }
        return b.toString();
    }
}

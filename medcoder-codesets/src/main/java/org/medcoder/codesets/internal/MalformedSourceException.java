package org.medcoder.codesets.internal;

import java.util.Objects;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * An official source file that cannot be read as its format says: a truncated XML, an order-file line that is
 * too short, a zip that is not a zip. Carries the {@link Finding} naming the file and the line or element, so
 * that {@link SnapshotCache} can report it and keep the last good snapshot.
 */
public final class MalformedSourceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    /** A malformed-source error described by {@code finding}. */
    public MalformedSourceException(Finding finding, Throwable cause) {
        super(finding.location() + ": " + finding.message(), cause);
        this.finding = Objects.requireNonNull(finding, "finding");
    }

    /** An error at a line of a file. */
    public static MalformedSourceException atLine(String file, int line, String message) {
        return new MalformedSourceException(Finding.error("CODESET-MALFORMED", Location.line(file, line), message), null);
    }

    /** An error at a line and element of an XML file. */
    public static MalformedSourceException atElement(String file, int line, String element, String message, Throwable cause) {
        return new MalformedSourceException(Finding.error("CODESET-MALFORMED", new Location(file, Math.max(line, 0), element),
                message), cause);
    }

    /** What went wrong and where. */
    public Finding finding() {
        return finding;
    }
}

package org.medcoder.claims.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates an X12 file — any 835, 837P or 837I — against medcoder's implementation schemas: envelope,
 * control counts, loops, segment repeats, element requirements, lengths, dates and code values.
 */
public final class X12Validator {

    private X12Validator() {
    }

    /** Validates a file; a missing file is a caller mistake ({@link UncheckedIOException}), bad content is a finding. */
    public static ValidationReport validate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a stream; {@code source} names it in findings. */
    public static ValidationReport validate(InputStream in, String source) {
        return X12Scanner.scan(in, source, segment -> { });
    }
}

package org.medcoder.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One CodiEsp clinical case: its article id and the English (machine-translated) text file.
 *
 * @param id   the article id, e.g. {@code S0004-06142005000700014-1}
 * @param text the file {@code text_files_en/<id>.txt}
 */
public record CodiespDocument(String id, Path text) {

    public CodiespDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** The text of the case, read as UTF-8. */
    public String read() {
        try {
            return Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

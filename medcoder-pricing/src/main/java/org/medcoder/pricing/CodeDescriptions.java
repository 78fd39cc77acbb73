package org.medcoder.pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoder.pricing.internal.Csv;

/**
 * Code descriptions from a file the user supplies at run time. CPT descriptions are AMA copyright: medcoder never
 * ships, stores or prints them except from the user's own licensed file. Accepted layouts: {@code CODE,description}
 * or {@code CODE<TAB>description} per line, or a PPRRVU file (code in column 1, description in column 3).
 * Read in Latin-1, as CMS files are; nothing is written anywhere.
 */
public final class CodeDescriptions {

    private final Map<String, String> byCode;

    private CodeDescriptions(Map<String, String> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** No descriptions. */
    public static CodeDescriptions none() {
        return new CodeDescriptions(Map.of());
    }

    /** Reads the user's file. */
    public static CodeDescriptions read(Path file) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                List<String> f = line.indexOf('\t') >= 0 ? List.of(line.split("\t", -1)) : Csv.split(line);
                int text = f.size() >= 32 ? 2 : 1;
                if (f.size() > text && f.get(0).strip().matches("[A-Za-z0-9][0-9]{3}[A-Za-z0-9]")
                        && !f.get(text).isBlank() && (f.size() < 32 || f.get(1).isBlank())) {
                    out.putIfAbsent(f.get(0).strip().toUpperCase(java.util.Locale.ROOT), f.get(text).strip());
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("descriptions file not found: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new CodeDescriptions(out);
    }

    /** The description of a code, if the user's file has one. */
    public Optional<String> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}

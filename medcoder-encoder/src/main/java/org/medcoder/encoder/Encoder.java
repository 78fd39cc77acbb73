package org.medcoder.encoder;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.internal.Engine;

/**
 * The ICD-10-CM encoder: turns one diagnostic statement into the billable, sequenced code set a certified coder
 * would assign, the way a coder finds it — Alphabetic Index (or the Neoplasm / Drug table), then Tabular List
 * verification and its instructional notes (Guideline I.B.1) — and explains every step in each code's
 * {@link Trail}.
 *
 * <p>Get one per release with {@link #forRelease}; the first call compiles the release's index (about a second)
 * and later calls reuse it. Instances are immutable and thread-safe; {@link #encode} is fast enough to call for
 * every concept of a note.
 */
public final class Encoder {

    private static final Map<IcdCmRelease, Encoder> CACHE = new ConcurrentHashMap<>();

    private final Engine engine;

    private Encoder(IcdCmRelease release) {
        this.engine = new Engine(release);
    }

    /** The encoder for the release, compiled once and cached. */
    public static Encoder forRelease(IcdCmRelease release) {
        Objects.requireNonNull(release, "release");
        return CACHE.computeIfAbsent(release, Encoder::new);
    }

    /** Encodes the statement with the classification's defaults, listing the questions a coder would ask. */
    public EncodeResult encode(String statement) {
        return encode(statement, EncodeOptions.defaults());
    }

    /**
     * Encodes the statement. Empty or unintelligible text gives a result with no codes and the nearest index
     * terms; it never throws for any text.
     */
    public EncodeResult encode(String statement, EncodeOptions options) {
        Objects.requireNonNull(options, "options");
        return engine.encode(statement == null ? "" : statement, options);
    }
}

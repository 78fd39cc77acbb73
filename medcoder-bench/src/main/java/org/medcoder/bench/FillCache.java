package org.medcoder.bench;

import java.nio.file.Path;
import org.medcoder.codesets.CodeSetsLoader;

/** Fills a snapshot cache from the official files: {@code FillCache DATA_DIR CACHE_DIR} (used by {@link ImportBenchmark}). */
public final class FillCache {

    private FillCache() {
    }

    public static void main(String[] args) {
        CodeSetsLoader.load(Path.of(args[0]), Path.of(args[1]));
    }
}

package org.medcoder.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where benchmarks find the official files and their snapshot cache: system property {@code medcoder.data}, else
 * {@code $MEDCODER_DATA}, else {@code ../shared/data}; cache {@code medcoder.cache}, else {@code $MEDCODER_CACHE},
 * else a {@code .cache} folder in the working directory.
 */
final class BenchData {

    private BenchData() {
    }

    static Path dataDir() {
        String p = System.getProperty("medcoder.data", System.getenv("MEDCODER_DATA"));
        Path dir = p != null && !p.isBlank() ? Path.of(p) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("official data folder not found: " + dir.toAbsolutePath()
                    + " (pass -Dmedcoder.data=DIR via -jvmArgs, or set MEDCODER_DATA)");
        }
        return dir;
    }

    static Path cacheDir() {
        String p = System.getProperty("medcoder.cache", System.getenv("MEDCODER_CACHE"));
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(".cache");
    }
}

package org.medcoder.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the official code-set files are read from: {@code --data DIR}, else {@code $MEDCODER_DATA}, else
 * {@code ../shared/data} beside the repository. Mixed into every command that needs code sets.
 */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of official code-set files (default: $MEDCODER_DATA, else ../shared/data).")
    private Path data;

    /** The data folder; fails with a one-line message naming the folder when it does not exist. */
    public Path dataDir() {
        Path dir = data != null ? data : defaultDataDir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("data folder not found: " + dir.toAbsolutePath().normalize()
                    + " (give --data DIR or set MEDCODER_DATA)");
        }
        return dir;
    }

    /** The snapshot cache folder: {@code $MEDCODER_CACHE}, else {@code ~/.medcoder/cache}. */
    public static Path cacheDir() {
        String env = System.getenv("MEDCODER_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".medcoder", "cache");
    }

    static Path defaultDataDir() {
        String env = System.getenv("MEDCODER_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return home().resolve("../shared/data").normalize();
    }

    /** The repository root the {@code ./medcoder} script runs from (system property {@code medcoder.home}). */
    static Path home() {
        return Path.of(System.getProperty("medcoder.home", ".")).toAbsolutePath().normalize();
    }
}

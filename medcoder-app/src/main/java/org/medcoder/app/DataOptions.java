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

    /** The snapshot cache folder: system property {@code medcoder.cache}, else {@code $MEDCODER_CACHE}, else {@code ~/.medcoder/cache}. */
    public static Path cacheDir() {
        String prop = System.getProperty("medcoder.cache");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("MEDCODER_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".medcoder", "cache");
    }

    static Path defaultDataDir() {
        String env = System.getenv("MEDCODER_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path imported = importedDataDir();
        if (imported != null) {
            return imported;
        }
        return home().resolve("../shared/data").normalize();
    }

    /** Remembers {@code dir} as the data folder used when neither --data nor $MEDCODER_DATA is given ({@code data import}). */
    static void rememberImported(Path dir) {
        try {
            java.nio.file.Files.createDirectories(cacheDir());
            java.nio.file.Files.writeString(cacheDir().resolve("imported-data-dir"), dir.toAbsolutePath().normalize().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remember the imported folder in " + cacheDir(), e);
        }
    }

    /** The folder last given to {@code data import}, if it still exists. */
    private static Path importedDataDir() {
        Path marker = cacheDir().resolve("imported-data-dir");
        try {
            if (java.nio.file.Files.isRegularFile(marker)) {
                Path dir = Path.of(java.nio.file.Files.readString(marker).strip());
                return java.nio.file.Files.isDirectory(dir) ? dir : null;
            }
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return null; // an unreadable marker only means: use the default folder
        }
        return null;
    }

    /** The repository root the {@code ./medcoder} script runs from (system property {@code medcoder.home}). */
    static Path home() {
        return Path.of(System.getProperty("medcoder.home", ".")).toAbsolutePath().normalize();
    }
}

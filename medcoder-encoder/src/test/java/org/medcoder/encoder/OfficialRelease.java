package org.medcoder.encoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.IcdCmRelease;

/**
 * The FY2026 ICD-10-CM release read from the official data folder (system property {@code medcoder.data}), loaded
 * once for all integration tests of this module.
 */
final class OfficialRelease {

    private static IcdCmRelease fy2026;

    private OfficialRelease() {
    }

    /** The release valid on 2026-03-01; fails with a clear message when the data folder is missing. */
    static synchronized IcdCmRelease fy2026() {
        if (fy2026 == null) {
            String data = System.getProperty("medcoder.data");
            if (data == null || !Files.isDirectory(Path.of(data))) {
                throw new IllegalStateException("The encoder integration tests need the official data folder "
                        + "(system property medcoder.data, default ../shared/data); not found: " + data);
            }
            String env = System.getenv("MEDCODER_CACHE");
            Path cache = env != null && !env.isBlank() ? Path.of(env) : Path.of("target", "medcoder-cache");
            fy2026 = CodeSetsLoader.load(Path.of(data), cache).icd10cm(LocalDate.of(2026, 3, 1));
        }
        return fy2026;
    }

    /** An encoder for {@link #fy2026()}. */
    static Encoder fy2026Encoder() {
        return Encoder.forRelease(fy2026());
    }
}

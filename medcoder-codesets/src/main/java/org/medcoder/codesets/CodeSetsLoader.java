package org.medcoder.codesets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.medcoder.codesets.hcpcs.HcpcsLoader;
import org.medcoder.codesets.icd10cm.IcdCmLoader;
import org.medcoder.codesets.icd10pcs.PcsLoader;
import org.medcoder.codesets.internal.Background;
import org.medcoder.codesets.internal.SnapshotCache;
import org.medcoder.core.Finding;

/**
 * Loads every code-set release in a data folder (laid out like {@code shared/data}) into one {@link CodeSets},
 * using the snapshot cache so that only changed source files are parsed again.
 */
public final class CodeSetsLoader {

    private CodeSetsLoader() {
    }

    /**
     * Every release under {@code dataDir}; snapshots are kept in {@code cacheDir}. Problems with a source file that
     * has a last good snapshot are dropped silently; use {@link #load(Path, Path, Consumer)} to see them.
     *
     * @throws IllegalArgumentException when {@code dataDir} is not a folder
     */
    public static CodeSets load(Path dataDir, Path cacheDir) {
        return load(dataDir, cacheDir, f -> { });
    }

    /** Like {@link #load(Path, Path)}, reporting problems that did not stop the load (kept snapshots, skipped files). */
    public static CodeSets load(Path dataDir, Path cacheDir, Consumer<Finding> warnings) {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("data folder not found: " + dataDir.toAbsolutePath().normalize());
        }
        SnapshotCache cache = new SnapshotCache(cacheDir);
        // ICD-10-PCS and HCPCS are imported on a second thread while ICD-10-CM is imported on this one: a cold import
        // is single-threaded parsing, and the systems share only the cache (its fingerprint memo is synchronized,
        // each snapshot has its own file) and the StAX factory (creating readers from it is thread-safe). Their
        // warnings are held and passed on after ICD-10-CM's, in the order of a sequential load, so the caller's
        // consumer is only ever called from this thread.
        List<Finding> held = new ArrayList<>();
        Background<PcsAndHcpcs> rest = Background.start("medcoder-import-pcs-hcpcs",
                () -> new PcsAndHcpcs(PcsLoader.load(dataDir, cache, held::add), HcpcsLoader.load(dataDir, cache, held::add)));
        List<IcdCmRelease> cm = IcdCmLoader.load(dataDir, cache, warnings);
        PcsAndHcpcs pcsAndHcpcs = rest.result();
        held.forEach(warnings);
        return new LoadedCodeSets(cm, pcsAndHcpcs.pcs(), pcsAndHcpcs.hcpcs());
    }

    private record PcsAndHcpcs(List<PcsRelease> pcs, List<HcpcsRelease> hcpcs) {
    }

    /**
     * What the ICD-10-CM addenda PDFs under {@code dataDir} left out of the notes they are laid over: each line not
     * understood and each change not applied, with the PDF page and line, in page order per PDF.
     *
     * @throws IllegalArgumentException when {@code dataDir} is not a folder
     */
    public static List<Finding> icd10cmAddendaLeftOut(Path dataDir, Path cacheDir, Consumer<Finding> warnings) {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("data folder not found: " + dataDir.toAbsolutePath().normalize());
        }
        return IcdCmLoader.addendaLeftOut(dataDir, new SnapshotCache(cacheDir), warnings);
    }
}

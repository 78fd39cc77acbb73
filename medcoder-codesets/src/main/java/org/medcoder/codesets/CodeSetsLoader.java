package org.medcoder.codesets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.medcoder.codesets.icd10cm.IcdCmLoader;
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
        List<IcdCmRelease> cm = IcdCmLoader.load(dataDir, cache, warnings);
        List<PcsRelease> pcs = new ArrayList<>();
        List<HcpcsRelease> hcpcs = new ArrayList<>();
        // PCS and HCPCS loaders plug in here:
        pcs.addAll(org.medcoder.codesets.icd10pcs.PcsLoader.load(dataDir, cache, warnings));
        hcpcs.addAll(org.medcoder.codesets.hcpcs.HcpcsLoader.load(dataDir, cache, warnings));
        return new LoadedCodeSets(cm, pcs, hcpcs);
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

package org.medcoder.codesets.icd10cm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SourceFile;
import org.medcoder.codesets.internal.SnapshotCache;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.core.Finding;

/**
 * Loads every ICD-10-CM release a data folder supports: one per official order file, plus one per change-list
 * folder ({@code derived-fyNNNN}) applied to the previous year's code list when that year has no official order
 * file. Each release takes the newest Tabular, index and table XML not newer than itself and records, per file,
 * where its parts came from.
 */
public final class IcdCmLoader {

    private final Path dataDir;
    private final SnapshotCache cache;
    private final Consumer<Finding> warnings;
    private final CmSources sources;
    private final Map<String, Object> parsed = new HashMap<>();

    private IcdCmLoader(Path dataDir, SnapshotCache cache, Consumer<Finding> warnings) {
        this.dataDir = dataDir;
        this.cache = cache;
        this.warnings = warnings;
        this.sources = CmSources.scan(dataDir, warnings);
    }

    /** Every ICD-10-CM release found under {@code dataDir}, oldest first (empty when there is none). */
    public static List<IcdCmRelease> load(Path dataDir, SnapshotCache cache, Consumer<Finding> warnings) {
        return new IcdCmLoader(dataDir, cache, warnings).releases();
    }

    private List<IcdCmRelease> releases() {
        TreeSet<Integer> years = new TreeSet<>();
        sources.all(CmSources.Kind.ORDER).forEach(f -> years.add(f.fiscalYear()));
        sources.all(CmSources.Kind.CHANGES).forEach(f -> years.add(f.fiscalYear()));
        Map<Integer, List<IcdCmEntry>> codeLists = new HashMap<>();
        List<IcdCmRelease> out = new ArrayList<>();
        for (int fy : years) {
            List<SourceFile> files = new ArrayList<>();
            List<IcdCmEntry> entries = codeList(fy, codeLists, files);
            if (entries == null) {
                continue;
            }
            codeLists.put(fy, entries);
            out.add(assemble(fy, entries, files));
        }
        return List.copyOf(out);
    }

    /** The code list of a year: its official order file, else the previous year's plus the change lists. */
    private List<IcdCmEntry> codeList(int fy, Map<Integer, List<IcdCmEntry>> earlier, List<SourceFile> files) {
        Optional<CmSources.Found> order = sources.exactly(CmSources.Kind.ORDER, fy);
        if (order.isPresent()) {
            CmSources.Found f = order.get();
            files.add(source(f, "codes", true));
            return parse(f, () -> OrderFileReader.read(f.file(), f.displayName()), CmCodecs.ENTRIES);
        }
        CmSources.Found changes = sources.exactly(CmSources.Kind.CHANGES, fy).orElseThrow();
        List<IcdCmEntry> previous = earlier.get(fy - 1);
        if (previous == null) {
            warnings.accept(Finding.warning("CODESET-NO-BASE", org.medcoder.core.Location.path(changes.displayName(), ""),
                    "change lists for FY" + fy + " need the FY" + (fy - 1) + " order file, which is not loaded; skipped"));
            return null;
        }
        files.addAll(earlierFiles(fy - 1));
        for (String name : ChangeLists.FILES) {
            Path p = changes.file().resolve(name);
            files.add(new SourceFile(changes.displayName() + "/" + name, SnapshotCache.sha256(p), "code-changes",
                    "FY" + fy, false));
        }
        return ChangeLists.apply(previous, changes.file(), changes.displayName());
    }

    private List<SourceFile> earlierFiles(int fy) {
        return sources.exactly(CmSources.Kind.ORDER, fy).map(f -> List.of(source(f, "codes", true))).orElse(List.of());
    }

    private IcdCmRelease assemble(int fy, List<IcdCmEntry> entries, List<SourceFile> files) {
        TabularData tabular = sources.newestUpTo(CmSources.Kind.TABULAR, fy).map(f -> {
            files.add(source(f, "tabular-notes", true));
            return parse(f, () -> TabularXmlReader.read(f.file(), f.displayName()), CmCodecs.TABULAR);
        }).orElse(new TabularData(0, "none", List.of(), List.of(), Map.of(), Map.of(), Map.of()));
        IndexBook index = book(CmSources.Kind.INDEX, fy, "index", files);
        IndexBook neoplasm = book(CmSources.Kind.NEOPLASM, fy, "neoplasm-table", files);
        IndexBook drug = book(CmSources.Kind.DRUG, fy, "drug-table", files);
        IndexBook eindex = book(CmSources.Kind.EINDEX, fy, "external-cause-index", files);
        ConversionTable conversion = sources.newestUpTo(CmSources.Kind.CONVERSION, fy).map(f -> {
            files.add(source(f, "conversion-table", true));
            return parse(f, () -> ConversionTable.read(f.file(), f.displayName(), f.fiscalYear()), CmCodecs.CONVERSION);
        }).orElse(ConversionTable.none());
        boolean derived = sources.exactly(CmSources.Kind.ORDER, fy).isEmpty();
        ReleaseInfo draft = new ReleaseInfo(CodeSystem.ICD10CM, "FY" + fy, EffectivePeriod.fiscalYear(fy), derived, files,
                Map.of(), List.of());
        CmRelease release = new CmRelease(draft, entries, tabular, index, neoplasm, drug, eindex, conversion);
        return release.withInfo(ReleaseReport.describe(release, derived));
    }

    private IndexBook book(CmSources.Kind kind, int fy, String role, List<SourceFile> files) {
        return sources.newestUpTo(kind, fy).map(f -> {
            files.add(source(f, role, true));
            return parse(f, () -> IndexXmlReader.read(f.file(), f.memberPattern(), f.displayName()), CmCodecs.INDEX);
        }).orElse(IndexBook.empty(role));
    }

    /** A parsed source, shared between releases and taken from the snapshot cache when its file is unchanged. */
    @SuppressWarnings("unchecked")
    private <T> T parse(CmSources.Found f, Supplier<T> builder, SnapshotCache.Codec<T> codec) {
        String id = f.displayName();
        Object done = parsed.get(id);
        if (done == null) {
            String name = "icd10cm-" + f.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + f.fiscalYear()
                    + "-" + Integer.toHexString(id.hashCode());
            String key = CmCodecs.FORMAT + ":" + sha(f);
            done = cache.load(name, key, codec, builder, warnings);
            parsed.put(id, done);
        }
        return (T) done;
    }

    private final Map<Path, String> shas = new HashMap<>();

    private String sha(CmSources.Found f) {
        return shas.computeIfAbsent(f.file(), SnapshotCache::sha256);
    }

    private SourceFile source(CmSources.Found f, String role, boolean official) {
        return new SourceFile(f.displayName(), sha(f), role, "FY" + f.fiscalYear(), official);
    }

    /** The data folder this loader reads (for messages). */
    Path dataDir() {
        return dataDir;
    }
}

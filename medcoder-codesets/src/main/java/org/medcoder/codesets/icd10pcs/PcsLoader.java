package org.medcoder.codesets.icd10pcs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SourceFile;
import org.medcoder.codesets.internal.OfficialFile;
import org.medcoder.codesets.internal.SnapshotCache;
import org.medcoder.codesets.internal.SnapshotIo;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Loads every ICD-10-PCS release found under {@code icd10pcs/} in the data folder. The fiscal year comes from the
 * official file names ({@code icd10pcs_tables_2026.xml}, {@code icd10pcs_definitions_2026.xml},
 * {@code icd10pcs_order_2026.txt}), plain, gzip-wrapped or inside a zip, so a newer release dropped into the
 * folder in the same layout loads without code changes. Each fiscal year FYnnnn is effective from
 * 1 October of the previous year to 30 September.
 *
 * <p>Validity comes from the tables; the order file gives titles and is cross-checked against the expanded
 * tables (FY2026: 79,115 codes both ways). Mismatches are reported as warnings and in the release provenance.
 */
public final class PcsLoader {

    static final Pattern TABLES = Pattern.compile("icd10pcs_tables_(\\d{4})\\.xml", Pattern.CASE_INSENSITIVE);
    static final Pattern DEFINITIONS = Pattern.compile("icd10pcs_definitions_(\\d{4})\\.xml", Pattern.CASE_INSENSITIVE);
    static final Pattern ORDER = Pattern.compile("icd10pcs_order_(\\d{4})\\.txt", Pattern.CASE_INSENSITIVE);

    private PcsLoader() {
    }

    /** Writes and reads a release in the snapshot cache. */
    private static final SnapshotCache.Codec<PcsRelease> CODEC = new SnapshotCache.Codec<>() {
        @Override
        public void write(PcsRelease value, DataOutputStream out) throws IOException {
            PcsSnapshot.write((TablePcsRelease) value, out);
        }

        @Override
        public PcsRelease read(DataInputStream in) throws IOException {
            return PcsSnapshot.read(in);
        }
    };

    /**
     * Every ICD-10-PCS release in {@code dataDir/icd10pcs}, oldest first, from the snapshot cache when the source
     * files are unchanged (same SHA-256), else parsed and stored there. When a changed file is malformed, the last
     * good snapshot stays in use and the error arrives as a warning. A release with a current snapshot is described
     * from the snapshot's header and its tables are read on first use.
     */
    public static List<PcsRelease> load(Path dataDir, SnapshotCache cache, Consumer<Finding> warnings) {
        List<PcsRelease> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<Pattern, OfficialFile>> e : findFiles(dataDir, warnings).entrySet()) {
            Map<Pattern, OfficialFile> files = e.getValue();
            if (!files.containsKey(TABLES)) {
                noTables(e.getKey(), warnings);
                continue;
            }
            Map<OfficialFile, String> sums = new java.util.HashMap<>();
            StringBuilder key = new StringBuilder(PcsSnapshot.FORMAT);
            for (Pattern kind : List.of(TABLES, DEFINITIONS, ORDER)) {
                OfficialFile f = files.get(kind);
                key.append('|').append(f == null ? "-" : f.displayPath() + "=" + sums.computeIfAbsent(f, x -> cache.fingerprint(x.file())));
            }
            String name = "icd10pcs-FY" + e.getKey();
            Supplier<PcsRelease> load = () -> cache.load(name, key.toString(), CODEC, () -> loadYear(e.getKey(),
                    files.get(TABLES), files.get(DEFINITIONS), files.get(ORDER), warnings, sums::get), warnings);
            out.add(lazyWhenCurrent(cache, name, key.toString(), load));
        }
        return List.copyOf(out);
    }

    /**
     * A release described from the header of its current snapshot and read in full on first use; when the snapshot
     * is missing or stale, the release is built at once, so a broken file is reported at load (and the last good
     * snapshot kept), never at first use.
     */
    private static PcsRelease lazyWhenCurrent(SnapshotCache cache, String name, String key, Supplier<PcsRelease> load) {
        return cache.head(name, key, in -> new SnapshotIo().readInfo(in))
                .<PcsRelease>map(info -> new LazyPcsRelease(info, load))
                .orElseGet(load);
    }

    /**
     * Parses every ICD-10-PCS release in {@code dataDir/icd10pcs}, oldest first, without a cache.
     *
     * @param warnings receives data problems that do not stop the load (missing definitions or order file,
     *                 order file and tables that disagree)
     * @throws IllegalArgumentException naming the file and line when a file is malformed or cut off
     */
    public static List<PcsRelease> load(Path dataDir, Consumer<Finding> warnings) {
        Map<Integer, Map<Pattern, OfficialFile>> byYear = findFiles(dataDir, warnings);
        List<PcsRelease> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<Pattern, OfficialFile>> e : byYear.entrySet()) {
            OfficialFile tables = e.getValue().get(TABLES);
            if (tables == null) {
                noTables(e.getKey(), warnings);
                continue;
            }
            out.add(loadYear(e.getKey(), tables, e.getValue().get(DEFINITIONS), e.getValue().get(ORDER), warnings,
                    OfficialFile::sha256));
        }
        return List.copyOf(out);
    }

    private static void noTables(int year, Consumer<Finding> warnings) {
        warnings.accept(Finding.warning("PCS-MISSING-FILE", Location.path("icd10pcs", ""), "ICD-10-PCS FY" + year
                + ": files found but no icd10pcs_tables_" + year + ".xml; this fiscal year is not loaded"));
    }

    /** The official files of each fiscal year, by kind; the first of duplicates wins (with a warning). */
    static Map<Integer, Map<Pattern, OfficialFile>> findFiles(Path dataDir, Consumer<Finding> warnings) {
        Map<Integer, Map<Pattern, OfficialFile>> byYear = new TreeMap<>();
        for (OfficialFile f : OfficialFile.scan(dataDir, "icd10pcs")) {
            for (Pattern kind : List.of(TABLES, DEFINITIONS, ORDER)) {
                Matcher m = kind.matcher(f.name());
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(1));
                    OfficialFile prev = byYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).putIfAbsent(kind, f);
                    if (prev != null) {
                        warnings.accept(Finding.warning("PCS-DUPLICATE-FILE", Location.path(f.displayPath(), ""),
                                "same file as " + prev.displayPath() + "; using that one"));
                    }
                }
            }
        }
        return byYear;
    }

    static PcsRelease loadYear(int year, OfficialFile tablesFile, OfficialFile definitionsFile, OfficialFile orderFile,
            Consumer<Finding> warnings, Function<OfficialFile, String> sha) {
        String fy = "FY" + year;
        List<SourceFile> sources = new ArrayList<>();
        List<String> provenance = new ArrayList<>();
        PcsTablesReader.Result tables = read(tablesFile, in -> PcsTablesReader.read(in, tablesFile.displayPath()));
        sources.add(new SourceFile(tablesFile.displayPath(), sha.apply(tablesFile), "tables", fy, true));

        PcsDefinitionsReader.Result defs = new PcsDefinitionsReader.Result(List.of(), List.of());
        if (definitionsFile != null) {
            defs = read(definitionsFile, in -> PcsDefinitionsReader.read(in, definitionsFile.displayPath()));
            sources.add(new SourceFile(definitionsFile.displayPath(), sha.apply(definitionsFile), "definitions", fy, true));
        } else {
            missing(warnings, provenance, fy, "icd10pcs_definitions_" + year + ".xml", "no definitions");
        }
        List<PcsOrderFileReader.Line> order = List.of();
        if (orderFile != null) {
            order = read(orderFile, in -> PcsOrderFileReader.read(in, orderFile.displayPath()));
            sources.add(new SourceFile(orderFile.displayPath(), sha.apply(orderFile), "titles", fy, true));
        } else {
            missing(warnings, provenance, fy, "icd10pcs_order_" + year + ".txt", "no titles");
        }
        PcsTitles titles = order.isEmpty() ? PcsTitles.empty() : PcsTitles.of(order);
        ReleaseInfo draft = new ReleaseInfo(org.medcoder.core.CodeSystem.ICD10PCS, fy, EffectivePeriod.fiscalYear(year),
                false, sources, Map.of(), provenance);
        TablePcsRelease release = new TablePcsRelease(draft, tables.tables(), titles, defs.definitions(),
                defs.aggregations());
        Map<String, Long> counts = counts(release, order);
        if (orderFile != null) {
            crossCheck(release, titles, orderFile.displayPath(), warnings, provenance);
        }
        provenance.add(0, "Official CMS ICD-10-PCS " + fy + " files; validity from the tables ("
                + tablesFile.displayPath() + "), titles from the order file.");
        ReleaseInfo info = new ReleaseInfo(CodeSystem.ICD10PCS, fy, EffectivePeriod.fiscalYear(year), false, sources,
                counts, provenance);
        return release.withInfo(info);
    }

    private static Map<String, Long> counts(TablePcsRelease release, List<PcsOrderFileReader.Line> order) {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("codes", release.codeCount());
        c.put("tables", (long) release.tables().size());
        c.put("rows", release.tables().stream().mapToLong(t -> t.rows().size()).sum());
        c.put("order.valid", order.stream().filter(PcsOrderFileReader.Line::valid).count());
        c.put("order.headers", order.stream().filter(l -> !l.valid()).count());
        c.put("definitions", (long) release.definitions().size());
        c.put("deviceAggregations", (long) release.deviceAggregations().size());
        return c;
    }

    /** Compares the expanded tables with the order file's valid codes, both ways. */
    private static void crossCheck(TablePcsRelease release, PcsTitles titles, String orderPath,
            Consumer<Finding> warnings, List<String> provenance) {
        List<String> notInOrder = release.codes().map(c -> c.value()).filter(c -> titles.indexOf(c) < 0).toList();
        List<String> notInTables = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            if (!release.isValid(new org.medcoder.core.PcsCode(titles.code(i)))) {
                notInTables.add(titles.code(i));
            }
        }
        long distinct = release.codes().distinct().count();
        if (distinct != release.codeCount()) {
            warnings.accept(Finding.warning("PCS-TABLE-OVERLAP", Location.path(orderPath, ""),
                    "table rows overlap: " + release.codeCount() + " expansions, " + distinct + " distinct codes"));
        }
        if (notInOrder.isEmpty() && notInTables.isEmpty()) {
            provenance.add("Tables expand to " + release.codeCount() + " codes, exactly the valid codes of the order file.");
            return;
        }
        String msg = "tables and order file disagree: " + notInOrder.size() + " table codes not in the order file "
                + sample(notInOrder) + ", " + notInTables.size() + " order-file codes not allowed by the tables "
                + sample(notInTables);
        warnings.accept(Finding.warning("PCS-ORDER-MISMATCH", Location.path(orderPath, ""), msg));
        provenance.add(msg + " (validity follows the tables).");
    }

    private static String sample(List<String> codes) {
        return codes.isEmpty() ? "" : "(e.g. " + String.join(", ", codes.subList(0, Math.min(5, codes.size()))) + ")";
    }

    private static void missing(Consumer<Finding> warnings, List<String> provenance, String fy, String file,
            String consequence) {
        warnings.accept(Finding.warning("PCS-MISSING-FILE", Location.path("icd10pcs", ""),
                "ICD-10-PCS " + fy + ": " + file + " not found; " + consequence));
        provenance.add(file + " not found: " + consequence + ".");
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(OfficialFile f, Reader<T> reader) {
        try (InputStream in = f.open()) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(f.displayPath() + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}

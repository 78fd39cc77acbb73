package org.medcoder.codesets.icd10cm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SourceFile;
import org.medcoder.codesets.internal.Background;
import org.medcoder.codesets.internal.SnapshotCache;
import org.medcoder.codesets.internal.SourceStreams;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Loads every ICD-10-CM release a data folder supports: one per official order file, plus one per change-list
 * folder ({@code derived-fyNNNN}) applied to the previous year's code list when that year has no official order
 * file. Each release takes the newest Tabular, index and table XML not newer than itself and records, per file,
 * where its parts came from.
 *
 * <p>Start-up: when every source of a release is unchanged since its snapshots were written, the release is
 * returned as a {@link LazyIcdCmRelease} (its description read from a small snapshot) and only materialized from
 * the snapshots when a lookup first needs it; index books are likewise read on first use. When a source changed,
 * the release is rebuilt at once, so a broken file is reported at load and the last good snapshot is kept.
 */
public final class IcdCmLoader {

    private final SnapshotCache cache;
    private final Consumer<Finding> warnings;
    private final CmSources sources;
    private final Map<String, Object> parsed = new HashMap<>();
    private final Map<Integer, List<IcdCmEntry>> codeLists = new HashMap<>();
    private final Map<Path, String> shas = new HashMap<>();
    private final Map<String, Background<List<AddendaPdf.Line>>> readingAhead = new HashMap<>();

    private IcdCmLoader(Path dataDir, SnapshotCache cache, Consumer<Finding> warnings) {
        this.cache = cache;
        this.warnings = warnings;
        this.sources = CmSources.scan(dataDir, warnings);
    }

    /** Every ICD-10-CM release found under {@code dataDir}, oldest first (empty when there is none). */
    public static List<IcdCmRelease> load(Path dataDir, SnapshotCache cache, Consumer<Finding> warnings) {
        return new IcdCmLoader(dataDir, cache, warnings).releases();
    }

    /** The lines not understood and the changes not applied of every Tabular and Index addenda PDF under {@code dataDir}. */
    public static List<Finding> addendaLeftOut(Path dataDir, SnapshotCache cache, Consumer<Finding> warnings) {
        IcdCmLoader l = new IcdCmLoader(dataDir, cache, warnings);
        List<Finding> out = new ArrayList<>();
        for (CmSources.Found pdf : l.sources.all(CmSources.Kind.TABULAR_ADDENDA)) {
            l.sources.newestUpTo(CmSources.Kind.TABULAR, pdf.fiscalYear() - 1).ifPresent(f -> {
                TabularData xml = l.parse(f, () -> TabularXmlReader.read(f.file(), f.displayName()), CmCodecs.TABULAR);
                out.addAll(TabularChanges.applyPdf(l.withAddenda(xml, f, pdf.fiscalYear() - 1), pdf, AddendaPdf.read(pdf)).leftOut());
            });
        }
        for (CmSources.Found pdf : l.sources.all(CmSources.Kind.INDEX_ADDENDA)) {
            IndexBook under = l.book(CmSources.Kind.INDEX, pdf.fiscalYear() - 1, "index");
            out.addAll(IndexChanges.applyPdf(under, pdf, AddendaPdf.read(pdf)).leftOut());
        }
        return List.copyOf(out);
    }

    /** What one release is built from. */
    private record Plan(int fy, boolean derived, List<SourceFile> files) {
    }

    /** One addenda PDF laid over a file: the snapshot of the result, keyed by the file and every PDF up to this one. */
    private record Layer(CmSources.Found pdf, String name, String key) {
    }

    private List<IcdCmRelease> releases() {
        TreeSet<Integer> years = new TreeSet<>();
        sources.all(CmSources.Kind.ORDER).forEach(f -> years.add(f.fiscalYear()));
        sources.all(CmSources.Kind.CHANGES).forEach(f -> years.add(f.fiscalYear()));
        List<IcdCmRelease> out = new ArrayList<>();
        for (int fy : years) {
            Plan plan = plan(fy);
            if (plan != null) {
                out.add(release(plan));
            }
        }
        return List.copyOf(out);
    }

    private IcdCmRelease release(Plan p) {
        String name = "icd10cm-release-" + p.fy();
        StringBuilder k = new StringBuilder(CmCodecs.FORMAT).append(':').append(AddendaPdf.READER);
        p.files().forEach(f -> k.append(':').append(f.path()).append('=').append(f.sha256()));
        // The key itself, not a digest of it: hashing it would load the JDK's security providers on every start.
        String key = k.toString();
        ReleaseInfo draft = new ReleaseInfo(CodeSystem.ICD10CM, "FY" + p.fy(), EffectivePeriod.fiscalYear(p.fy()), p.derived(),
                p.files(), Map.of(), List.of());
        Optional<CmCodecs.Described> current = cache.head(name, key, CmCodecs.DESCRIBED::read);
        if (current.isPresent()) {
            ReleaseInfo info = described(draft, current.get());
            return new LazyIcdCmRelease(info, () -> codeList(p.fy()), () -> assemble(p, draft).withInfo(info));
        }
        readAhead(p.fy());
        CmRelease built = assemble(p, draft);
        CmCodecs.Described d = cache.load(name, key, CmCodecs.DESCRIBED, () -> describe(built), warnings);
        return built.withInfo(described(draft, d));
    }

    private static CmCodecs.Described describe(CmRelease r) {
        ReleaseInfo i = ReleaseReport.describe(r, r.info().derived());
        return new CmCodecs.Described(i.counts(), i.provenance());
    }

    private static ReleaseInfo described(ReleaseInfo draft, CmCodecs.Described d) {
        return new ReleaseInfo(draft.system(), draft.version(), draft.period(), draft.derived(), draft.sources(), d.counts(),
                d.provenance());
    }

    /** The files of a year's release, or null when it cannot be built (change lists without the year before). */
    private Plan plan(int fy) {
        List<SourceFile> files = new ArrayList<>();
        Optional<CmSources.Found> order = sources.exactly(CmSources.Kind.ORDER, fy);
        if (order.isPresent()) {
            files.add(source(order.get(), "codes"));
        } else {
            CmSources.Found changes = sources.exactly(CmSources.Kind.CHANGES, fy).orElseThrow();
            Optional<CmSources.Found> base = sources.exactly(CmSources.Kind.ORDER, fy - 1);
            if (base.isEmpty()) {
                warnings.accept(Finding.warning("CODESET-NO-BASE", Location.path(changes.displayName(), ""),
                        "change lists for FY" + fy + " need the FY" + (fy - 1) + " order file, which is not loaded; skipped"));
                return null;
            }
            files.add(source(base.get(), "codes"));
            for (String name : ChangeLists.FILES) {
                Path file = changes.file().resolve(name);
                files.add(new SourceFile(changes.displayName() + "/" + name, cache.fingerprint(file), "code-changes", "FY" + fy, false));
            }
        }
        addNewest(CmSources.Kind.TABULAR, fy, "tabular-notes", files);
        sources.newestUpTo(CmSources.Kind.TABULAR, fy).ifPresent(xml -> addenda(CmSources.Kind.TABULAR_ADDENDA, xml.fiscalYear(), fy)
                .forEach(a -> files.add(source(a, "tabular-addenda"))));
        addNewest(CmSources.Kind.INDEX, fy, "index", files);
        sources.newestUpTo(CmSources.Kind.INDEX, fy).ifPresent(xml -> addenda(CmSources.Kind.INDEX_ADDENDA, xml.fiscalYear(), fy)
                .forEach(a -> files.add(source(a, "index-addenda"))));
        addNewest(CmSources.Kind.NEOPLASM, fy, "neoplasm-table", files);
        addNewest(CmSources.Kind.DRUG, fy, "drug-table", files);
        addNewest(CmSources.Kind.EINDEX, fy, "external-cause-index", files);
        addNewest(CmSources.Kind.CONVERSION, fy, "conversion-table", files);
        return new Plan(fy, order.isEmpty(), files);
    }

    private void addNewest(CmSources.Kind kind, int fy, String role, List<SourceFile> files) {
        sources.newestUpTo(kind, fy).ifPresent(f -> files.add(source(f, role)));
    }

    private CmRelease assemble(Plan p, ReleaseInfo draft) {
        int fy = p.fy();
        TabularData tabular = sources.newestUpTo(CmSources.Kind.TABULAR, fy)
                .map(f -> withAddenda(parse(f, () -> TabularXmlReader.read(f.file(), f.displayName()), CmCodecs.TABULAR), f, fy))
                .orElse(new TabularData(0, "none", List.of(), List.of(), Map.of(), Map.of(), java.util.Set.of()));
        ConversionTable conversion = sources.newestUpTo(CmSources.Kind.CONVERSION, fy)
                .map(f -> parse(f, () -> ConversionTable.read(f.file(), f.displayName(), f.fiscalYear()), CmCodecs.CONVERSION))
                .orElse(ConversionTable.none());
        return new CmRelease(draft, codeList(fy), tabular, book(CmSources.Kind.INDEX, fy, "index"),
                book(CmSources.Kind.NEOPLASM, fy, "neoplasm-table"), book(CmSources.Kind.DRUG, fy, "drug-table"),
                book(CmSources.Kind.EINDEX, fy, "external-cause-index"), conversion);
    }

    /** The addenda of the years after {@code sinceYear} up to {@code fy}, oldest first. */
    private List<CmSources.Found> addenda(CmSources.Kind kind, int sinceYear, int fy) {
        return sources.all(kind).stream().filter(a -> a.fiscalYear() > sinceYear && a.fiscalYear() <= fy).toList();
    }

    /**
     * The Tabular notes with each later year's addenda laid over them in year order, kept as their own snapshot whose
     * key names the XML and every addenda PDF (a changed PDF rebuilds it). A PDF that cannot be read is reported and
     * left out; the lines and changes it could not apply are counted in one warning ({@code medcoder data addenda}
     * lists them).
     */
    private TabularData withAddenda(TabularData xml, CmSources.Found xmlFile, int fy) {
        TabularData out = xml;
        for (Layer layer : layers(CmSources.Kind.TABULAR_ADDENDA, xmlFile, xml.fiscalYear(), fy)) {
            TabularData under = out;
            out = memo("addenda " + layer.key(), () -> cache.load(layer.name(), layer.key(), CmCodecs.TABULAR,
                    () -> TabularChanges.layered(under, layer.pdf(), this::lines, warnings), warnings));
        }
        return out;
    }

    /** The addenda of {@code kind} of the years after {@code sinceYear} up to {@code fy} laid over {@code base}, oldest first. */
    private List<Layer> layers(CmSources.Kind kind, CmSources.Found base, int sinceYear, int fy) {
        String prefix = kind == CmSources.Kind.TABULAR_ADDENDA ? "icd10cm-tabular-addenda-" : "icd10cm-index-addenda-";
        String key = snapshotKey(base);
        List<Layer> out = new ArrayList<>();
        for (CmSources.Found pdf : addenda(kind, sinceYear, fy)) {
            key += ":" + AddendaPdf.READER + ":" + sha(pdf);
            out.add(new Layer(pdf, prefix + pdf.fiscalYear(), key));
        }
        return out;
    }

    /**
     * Starts reading the addenda PDFs whose layers a release of {@code fy} will build (not those already stored), each
     * on a thread of its own, so that PDFBox reads them while this thread parses the XML files they are laid over.
     */
    private void readAhead(int fy) {
        List<Layer> layers = new ArrayList<>();
        sources.newestUpTo(CmSources.Kind.TABULAR, fy).ifPresent(xml ->
                layers.addAll(layers(CmSources.Kind.TABULAR_ADDENDA, xml, xml.fiscalYear(), fy)));
        sources.newestUpTo(CmSources.Kind.INDEX, fy).ifPresent(xml ->
                layers.addAll(layers(CmSources.Kind.INDEX_ADDENDA, xml, xml.fiscalYear(), fy)));
        synchronized (readingAhead) {
            for (Layer layer : layers) {
                if (!cache.isCurrent(layer.name(), layer.key())) {
                    readingAhead.computeIfAbsent(layer.pdf().displayName(), n -> Background.start("medcoder-read-" + layer.name(),
                            () -> AddendaPdf.read(layer.pdf())));
                }
            }
        }
    }

    /** The lines of an addenda PDF: those read ahead when its reading was started, else read now. */
    private List<AddendaPdf.Line> lines(CmSources.Found pdf) {
        Background<List<AddendaPdf.Line>> ahead;
        synchronized (readingAhead) {
            ahead = readingAhead.remove(pdf.displayName());
        }
        return ahead == null ? AddendaPdf.read(pdf) : ahead.result();
    }

    /** The code list of a year: its official order file, else the previous year's plus the change lists. */
    private List<IcdCmEntry> codeList(int fy) {
        synchronized (codeLists) {
            List<IcdCmEntry> done = codeLists.get(fy);
            if (done == null) {
                Optional<CmSources.Found> order = sources.exactly(CmSources.Kind.ORDER, fy);
                if (order.isPresent()) {
                    CmSources.Found f = order.get();
                    done = parse(f, () -> OrderFileReader.read(f.file(), f.displayName()), CmCodecs.ENTRIES);
                } else {
                    done = derivedCodeList(fy);
                }
                codeLists.put(fy, done);
            }
            return done;
        }
    }

    /** A derived code list, kept as its own snapshot so that start-up reads one list, not the base year's too. */
    private List<IcdCmEntry> derivedCodeList(int fy) {
        CmSources.Found changes = sources.exactly(CmSources.Kind.CHANGES, fy).orElseThrow();
        CmSources.Found base = sources.exactly(CmSources.Kind.ORDER, fy - 1).orElseThrow();
        StringBuilder k = new StringBuilder(snapshotKey(base));
        for (String name : ChangeLists.FILES) {
            k.append(':').append(cache.fingerprint(changes.file().resolve(name)));
        }
        return cache.load("icd10cm-codes-derived-" + fy, k.toString(), CmCodecs.ENTRIES,
                () -> ChangeLists.apply(codeList(fy - 1), changes.file(), changes.displayName()), warnings);
    }

    private IndexBook book(CmSources.Kind kind, int fy, String role) {
        return sources.newestUpTo(kind, fy).map(f -> {
            Supplier<IndexBook> read = () -> parse(f, () -> IndexXmlReader.read(f.file(), f.memberPattern(), f.displayName()),
                    CmCodecs.INDEX);
            String name = snapshotName(f);
            String key = snapshotKey(f);
            String base = SourceStreams.baseName(f.member().isEmpty() ? f.displayName() : f.member()).replaceFirst("(?i)\\.gz$", "");
            StringBuilder source = new StringBuilder(base + " (FY" + f.fiscalYear() + ")");
            for (Layer layer : kind == CmSources.Kind.INDEX ? layers(CmSources.Kind.INDEX_ADDENDA, f, f.fiscalYear(), fy) : List.<Layer>of()) {
                Supplier<IndexBook> under = read;
                read = () -> memo("index addenda " + layer.key(), () -> cache.load(layer.name(), layer.key(), CmCodecs.INDEX,
                        () -> IndexChanges.layered(under.get(), layer.pdf(), this::lines, warnings), warnings));
                name = layer.name();
                key = layer.key();
                source.append(" + ").append(AddendaPdf.sourceName(layer.pdf()));
            }
            if (!cache.isCurrent(name, key)) {
                return read.get(); // parse now, so a broken file is reported at load, not at first use
            }
            return IndexBook.lazy(source.toString(), f.fiscalYear(), read);
        }).orElse(IndexBook.empty(role));
    }

    /** A parsed source, shared between releases and taken from the snapshot cache when its file is unchanged. */
    private <T> T parse(CmSources.Found f, Supplier<T> builder, SnapshotCache.Codec<T> codec) {
        return memo(f.displayName(), () -> cache.load(snapshotName(f), snapshotKey(f), codec, builder, warnings));
    }

    /** A value built once per loader under {@code key}, so that releases share it. */
    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> builder) {
        synchronized (parsed) {
            Object done = parsed.get(key);
            if (done == null) {
                done = builder.get();
                parsed.put(key, done);
            }
            return (T) done;
        }
    }

    private static String snapshotName(CmSources.Found f) {
        return "icd10cm-" + f.kind().name().toLowerCase(Locale.ROOT) + "-" + f.fiscalYear() + "-"
                + Integer.toHexString(f.displayName().hashCode());
    }

    private String snapshotKey(CmSources.Found f) {
        return CmCodecs.FORMAT + ":" + sha(f);
    }

    private String sha(CmSources.Found f) {
        synchronized (shas) {
            return shas.computeIfAbsent(f.file(), cache::fingerprint);
        }
    }

    private SourceFile source(CmSources.Found f, String role) {
        return new SourceFile(f.displayName(), sha(f), role, "FY" + f.fiscalYear(), true);
    }
}

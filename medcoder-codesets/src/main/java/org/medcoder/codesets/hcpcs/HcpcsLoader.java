package org.medcoder.codesets.hcpcs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsRelease;
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
 * Loads every HCPCS Level II release found under {@code hcpcs/} in the data folder: the CMS alpha-numeric files
 * {@code HCPCyyyy_CONTR_ANWEB.txt} (annual, effective 1 January to 31 December) and the quarterly
 * {@code HCPCyyyy_<MON>_ANWEB[_vN].txt} (effective from the first day of that month until the next loaded file
 * takes over, at the latest 31 December), plain, gzip-wrapped or inside the CMS zips. The period and version
 * come from the file name alone, so newer files load without code changes. Of several versions of one quarter
 * the highest {@code _vN} wins.
 */
public final class HcpcsLoader {

    static final Pattern ANWEB = Pattern.compile("HCPC(\\d{4})_([A-Z]{3,5})_ANWEB(?:_v(\\d+))?\\.txt",
            Pattern.CASE_INSENSITIVE);

    private HcpcsLoader() {
    }

    /** One ANWEB file with the period its name implies. */
    private record Candidate(OfficialFile file, int year, Month month, String label, int revision) {

        LocalDate start() {
            return LocalDate.of(year, month, 1);
        }
    }

    /** Writes and reads a release in the snapshot cache. */
    private static final SnapshotCache.Codec<HcpcsRelease> CODEC = new SnapshotCache.Codec<>() {
        @Override
        public void write(HcpcsRelease value, DataOutputStream out) throws IOException {
            HcpcsSnapshot.write(value, out);
        }

        @Override
        public HcpcsRelease read(DataInputStream in) throws IOException {
            return HcpcsSnapshot.read(in);
        }
    };

    /**
     * Every HCPCS release in {@code dataDir/hcpcs}, oldest first, from the snapshot cache when the file and the
     * period its neighbours give it are unchanged, else parsed and stored there. When a changed file is malformed,
     * the last good snapshot stays in use and the error arrives as a warning. A release with a current snapshot is
     * described from the snapshot's header and its codes are read on first use.
     */
    public static List<HcpcsRelease> load(Path dataDir, SnapshotCache cache, Consumer<Finding> warnings) {
        List<Candidate> files = candidates(dataDir, warnings);
        List<HcpcsRelease> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Candidate c = files.get(i);
            EffectivePeriod period = period(files, i);
            String sha = cache.fingerprint(c.file().file());
            String key = HcpcsSnapshot.FORMAT + "|" + c.file().displayPath() + "=" + sha + "|" + period;
            String name = "hcpcs-" + c.year() + "-" + c.label();
            Supplier<HcpcsRelease> load = () -> cache.load(name, key, CODEC, () -> loadFile(c, period, warnings, sha), warnings);
            // Described from the current snapshot's header and read on first use; built at once (reporting a broken
            // file at load, keeping the last good snapshot) when the snapshot is missing or stale.
            out.add(cache.head(name, key, in -> new SnapshotIo().readInfo(in))
                    .<HcpcsRelease>map(info -> new LazyHcpcsRelease(info, load))
                    .orElseGet(load));
        }
        return List.copyOf(out);
    }

    /**
     * Parses every HCPCS release in {@code dataDir/hcpcs}, oldest first, without a cache.
     *
     * @param warnings receives data problems that do not stop the load (superseded versions, outdated files)
     * @throws IllegalArgumentException naming the file and line when a file is malformed
     */
    public static List<HcpcsRelease> load(Path dataDir, Consumer<Finding> warnings) {
        List<Candidate> files = candidates(dataDir, warnings);
        List<HcpcsRelease> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Candidate c = files.get(i);
            out.add(loadFile(c, period(files, i), warnings, c.file().sha256()));
        }
        return List.copyOf(out);
    }

    /** From the file's month to the day before the next file's, at the latest 31 December of its year. */
    private static EffectivePeriod period(List<Candidate> files, int i) {
        Candidate c = files.get(i);
        LocalDate end = LocalDate.of(c.year(), 12, 31);
        if (i + 1 < files.size() && files.get(i + 1).start().minusDays(1).isBefore(end)) {
            end = files.get(i + 1).start().minusDays(1);
        }
        return EffectivePeriod.of(c.start(), end);
    }

    private static List<Candidate> candidates(Path dataDir, Consumer<Finding> warnings) {
        Map<LocalDate, Candidate> byStart = new TreeMap<>();
        for (OfficialFile f : OfficialFile.scan(dataDir, "hcpcs")) {
            Matcher m = ANWEB.matcher(f.name());
            if (!m.matches()) {
                continue;
            }
            String label = m.group(2).toUpperCase(Locale.ROOT);
            Month month = label.equals("CONTR") ? Month.JANUARY : month(label);
            if (month == null) {
                warnings.accept(Finding.warning("HCPCS-UNKNOWN-FILE", Location.path(f.displayPath(), ""),
                        "'" + label + "' is neither CONTR nor a month abbreviation; file ignored"));
                continue;
            }
            int rev = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            Candidate c = new Candidate(f, Integer.parseInt(m.group(1)), month, label, rev);
            Candidate prev = byStart.get(c.start());
            if (prev == null || prev.revision() < rev) {
                byStart.put(c.start(), c);
            }
            if (prev != null) {
                Candidate dropped = prev.revision() < rev ? prev : c;
                warnings.accept(Finding.warning("HCPCS-SUPERSEDED", Location.path(dropped.file().displayPath(), ""),
                        "another file for the same period has a higher version; this one is not loaded"));
            }
        }
        return List.copyOf(byStart.values());
    }

    private static Month month(String abbreviation) {
        for (Month m : Month.values()) {
            if (m.name().startsWith(abbreviation) && abbreviation.length() == 3) {
                return m;
            }
        }
        return null;
    }

    private static HcpcsRelease loadFile(Candidate c, EffectivePeriod period, Consumer<Finding> warnings, String sha) {
        OfficialFile f = c.file();
        AnwebReader.Result result;
        try (InputStream in = f.open()) {
            result = AnwebReader.read(in, f.displayPath());
        } catch (IOException e) {
            throw new UncheckedIOException(f.displayPath() + ": cannot read (" + e.getMessage() + ")", e);
        }
        String version = c.label().equals("CONTR") ? String.valueOf(c.year()) : c.year() + "-" + c.label();
        List<String> provenance = new ArrayList<>();
        provenance.add("Official CMS alpha-numeric HCPCS file " + f.name() + " (" + version + "), effective " + period + ".");
        if (f.displayPath().toLowerCase(Locale.ROOT).contains("fallback") || c.year() < LocalDate.now().getYear() - 1) {
            String msg = "Outdated: " + version + " file kept as a format fallback; codes added, changed or "
                    + "discontinued since are not reflected. Load a current quarterly file for real claims.";
            provenance.add(msg);
            warnings.accept(Finding.warning("HCPCS-OUTDATED", Location.path(f.displayPath(), ""), msg));
        }
        duplicates(result.entries(), f.displayPath(), warnings);
        ReleaseInfo info = new ReleaseInfo(CodeSystem.HCPCS, version, period, false,
                List.of(new SourceFile(f.displayPath(), sha, "codes", "CY" + c.year(), true)),
                counts(result), provenance);
        return new ListedHcpcsRelease(info, result.entries(), result.modifiers());
    }

    private static void duplicates(List<HcpcsEntry> entries, String path, Consumer<Finding> warnings) {
        Set<String> seen = new HashSet<>();
        for (HcpcsEntry e : entries) {
            if (!seen.add(e.code().value())) {
                warnings.accept(Finding.warning("HCPCS-DUPLICATE-CODE", Location.path(path, e.code().value()),
                        "code listed twice; the last record wins"));
            }
        }
    }

    private static Map<String, Long> counts(AnwebReader.Result r) {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("codes", (long) r.entries().size());
        c.put("terminated", r.entries().stream().filter(e -> e.terminated().isPresent()).count());
        c.put("modifiers", (long) r.modifiers().size());
        return c;
    }
}

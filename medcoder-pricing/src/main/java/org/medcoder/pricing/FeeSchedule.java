package org.medcoder.pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.pricing.internal.GpciReader;
import org.medcoder.pricing.internal.RvuFileReader;

/**
 * Every Physician Fee Schedule release found in a folder, side by side, each effective for its quarter's dates of
 * service, with the GPCIs of each year. Releases are recognised by CMS's file names: {@code PPRRVU2026_Jul_nonQPP.csv}
 * is RVU26C (July release, dates of service July 1 to September 30); {@code GPCI2026.csv} holds CY2026 GPCIs.
 * The QP files (higher conversion factor for qualifying APM participants) are not loaded.
 */
public final class FeeSchedule {

    private static final Pattern RVU_FILE = Pattern.compile("PPRRVU(\\d{4}|\\d{2})_(JAN|APR|JUL|OCT)(_NONQPP)?\\.CSV");
    private static final Pattern GPCI_FILE = Pattern.compile("GPCI(\\d{4})\\.CSV");

    private final List<FeeScheduleRelease> releases;
    private final Map<Integer, GpciTable> gpcis;

    FeeSchedule(List<FeeScheduleRelease> releases, Map<Integer, GpciTable> gpcis) {
        List<FeeScheduleRelease> sorted = new ArrayList<>(releases);
        sorted.sort(Comparator.comparing(r -> r.period().start()));
        this.releases = List.copyOf(sorted);
        this.gpcis = Map.copyOf(gpcis);
    }

    /** Loads every release and GPCI file under the folder (and its sub-folders, e.g. {@code incomplete/}). */
    public static FeeSchedule load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("fee schedule folder not found: " + folder);
        }
        List<FeeScheduleRelease> releases = new ArrayList<>();
        Map<Integer, GpciTable> gpcis = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder, 3)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString().toUpperCase(Locale.ROOT);
                Matcher rvu = RVU_FILE.matcher(name);
                Matcher gpci = GPCI_FILE.matcher(name);
                if (rvu.matches()) {
                    releases.add(readRelease(f, year(rvu.group(1)), rvu.group(2)));
                } else if (gpci.matches()) {
                    GpciTable t = readGpci(f, Integer.parseInt(gpci.group(1)));
                    gpcis.merge(t.year(), t, (a, b) -> a.localities().size() >= b.localities().size() ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("no fee schedule relative value file (PPRRVU<year>_<Mon>_nonQPP.csv) in "
                    + folder);
        }
        return new FeeSchedule(releases, gpcis);
    }

    private static int year(String digits) {
        return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
    }

    private static FeeScheduleRelease readRelease(Path f, int year, String month) {
        int quarter = switch (month) {
            case "JAN" -> 0;
            case "APR" -> 1;
            case "JUL" -> 2;
            default -> 3;
        };
        LocalDate start = LocalDate.of(year, 1 + 3 * quarter, 1);
        EffectivePeriod period = EffectivePeriod.of(start, start.plusMonths(3).minusDays(1));
        String id = "RVU" + String.format("%02d", year % 100) + (char) ('A' + quarter);
        RvuFileReader.Result r = RvuFileReader.read(f);
        return new FeeScheduleRelease(id, year, period, f.getFileName().toString(), r.entries(),
                r.notUsedForMedicare(), r.findings());
    }

    private static GpciTable readGpci(Path f, int year) {
        GpciReader.Result r = GpciReader.read(f);
        int expected = GpciTable.PUBLISHED_LOCALITIES.getOrDefault(year, 0);
        boolean incomplete = f.toString().toLowerCase(Locale.ROOT).contains("incomplete")
                || expected > 0 && r.localities().size() < expected;
        return new GpciTable(year, f.getFileName().toString(), r.localities(), expected, incomplete, r.findings());
    }

    /** The releases, oldest first. */
    public List<FeeScheduleRelease> releases() {
        return releases;
    }

    /** The release in effect on a date of service, or a clear error naming what is loaded. */
    public FeeScheduleRelease release(LocalDate dateOfService) {
        for (FeeScheduleRelease r : releases) {
            if (r.period().contains(dateOfService)) {
                return r;
            }
        }
        throw new IllegalArgumentException("date of service " + dateOfService + " is outside every loaded fee "
                + "schedule release (loaded: " + String.join(", ", releases.stream()
                        .map(r -> r.id() + " " + r.period()).toList()) + ")");
    }

    /** The newest release (used when no date of service is given). */
    public FeeScheduleRelease latest() {
        return releases.get(releases.size() - 1);
    }

    /** The GPCIs of a calendar year, if a GPCI file for it was loaded. */
    public Optional<GpciTable> gpcis(int year) {
        return Optional.ofNullable(gpcis.get(year));
    }

    /** The GPCIs of a year or a clear error. */
    public GpciTable requireGpcis(int year) {
        return gpcis(year).orElseThrow(() -> new IllegalArgumentException("no GPCI file (GPCI" + year
                + ".csv) loaded for CY" + year + "; cannot apply geographic adjustment"));
    }
}

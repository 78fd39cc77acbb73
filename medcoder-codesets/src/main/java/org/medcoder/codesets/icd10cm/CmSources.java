package org.medcoder.codesets.icd10cm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.medcoder.codesets.internal.MalformedSourceException;
import org.medcoder.codesets.internal.SourceStreams;
import org.medcoder.core.Finding;

/**
 * Finds the ICD-10-CM files in a data folder by the agencies' file names, whatever the wrapping (plain, gzip, or
 * a member of a zip), so that a newer release dropped in the same layout is picked up without code changes.
 */
final class CmSources {

    /** What a file holds. */
    enum Kind { ORDER, TABULAR, INDEX, DRUG, NEOPLASM, EINDEX, CHANGES, CONVERSION, TABULAR_ADDENDA, INDEX_ADDENDA }

    /** One source file found: its kind, fiscal year, path, zip member (or "") and name relative to the data folder. */
    record Found(Kind kind, int fiscalYear, Path file, String member, String displayName) {
        Pattern memberPattern() {
            return Pattern.compile(Pattern.quote(member.isEmpty() ? SourceStreams.baseName(file.toString()) : member)
                    + "(\\.gz)?", Pattern.CASE_INSENSITIVE);
        }
    }

    private static final Pattern ORDER = Pattern.compile("icd10cm[_-]order[_-](\\d{4})\\.txt(\\.gz)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGES = Pattern.compile("derived-fy(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONVERSION = Pattern.compile("icd-10-cm-conversion-table-fy(\\d{4})\\.xlsx", Pattern.CASE_INSENSITIVE);

    /** The CDC/NCHS addenda PDFs, e.g. {@code icd10cm-tabular-addenda-2026.pdf} (drug, neoplasm, eindex: not read). */
    private static final Pattern ADDENDA = Pattern.compile("icd10cm-(tabular|index)-addenda-(\\d{4})\\.pdf", Pattern.CASE_INSENSITIVE);

    private final List<Found> found;

    private CmSources(List<Found> found) {
        this.found = List.copyOf(found);
    }

    /** Every ICD-10-CM source under {@code dataDir/icd10cm}; unreadable zips are reported and skipped. */
    static CmSources scan(Path dataDir, Consumer<Finding> warnings) {
        Path dir = dataDir.resolve("icd10cm");
        List<Found> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new CmSources(out);
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir, 3)) {
            paths = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Path p : paths) {
            String display = dataDir.relativize(p).toString().replace('\\', '/');
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                Matcher m = CHANGES.matcher(name);
                if (m.matches() && Files.isRegularFile(p.resolve("added.csv"))) {
                    out.add(new Found(Kind.CHANGES, Integer.parseInt(m.group(1)), p, "", display));
                }
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                try {
                    for (String member : SourceStreams.zipMembers(p, display)) {
                        classify(SourceStreams.baseName(member), p, SourceStreams.baseName(member), display + "!" + member, out);
                    }
                } catch (MalformedSourceException e) {
                    if (name.toLowerCase(Locale.ROOT).contains("icd10cm") || name.contains("tabular-order")) {
                        warnings.accept(e.finding());
                    }
                }
            } else {
                classify(name, p, "", display, out);
            }
        }
        return new CmSources(out);
    }

    private static void classify(String name, Path file, String member, String display, List<Found> out) {
        Matcher m = ORDER.matcher(name);
        if (m.matches()) {
            out.add(new Found(Kind.ORDER, Integer.parseInt(m.group(1)), file, member, display));
            return;
        }
        m = TabularXmlReader.NAME.matcher(name);
        if (m.matches()) {
            out.add(new Found(Kind.TABULAR, Integer.parseInt(m.group(1)), file, member, display));
            return;
        }
        m = IndexXmlReader.NAME.matcher(name);
        if (m.matches()) {
            Kind k = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "drug" -> Kind.DRUG;
                case "neoplasm" -> Kind.NEOPLASM;
                case "eindex" -> Kind.EINDEX;
                default -> Kind.INDEX;
            };
            out.add(new Found(k, Integer.parseInt(m.group(2)), file, member, display));
            return;
        }
        m = CONVERSION.matcher(name);
        if (m.matches()) {
            out.add(new Found(Kind.CONVERSION, Integer.parseInt(m.group(1)), file, member, display));
            return;
        }
        m = ADDENDA.matcher(name);
        if (m.matches()) {
            Kind k = m.group(1).equalsIgnoreCase("tabular") ? Kind.TABULAR_ADDENDA : Kind.INDEX_ADDENDA;
            out.add(new Found(k, Integer.parseInt(m.group(2)), file, member, display));
        }
    }

    /** Every source of a kind, oldest year first. */
    List<Found> all(Kind kind) {
        return found.stream().filter(f -> f.kind() == kind).sorted(Comparator.comparingInt(Found::fiscalYear)).toList();
    }

    /** The source of a kind for exactly this year. */
    Optional<Found> exactly(Kind kind, int fiscalYear) {
        return all(kind).stream().filter(f -> f.fiscalYear() == fiscalYear).findFirst();
    }

    /** The newest source of a kind not newer than {@code fiscalYear} (notes of a later year must not leak back). */
    Optional<Found> newestUpTo(Kind kind, int fiscalYear) {
        Found best = null;
        for (Found f : all(kind)) {
            if (f.fiscalYear() <= fiscalYear) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }
}

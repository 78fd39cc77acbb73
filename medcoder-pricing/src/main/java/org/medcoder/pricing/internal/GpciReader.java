package org.medcoder.pricing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;
import org.medcoder.pricing.Gpci;
import org.medcoder.pricing.LocalityId;

/**
 * Reads a GPCI file (CMS Addendum E, {@code GPCI2026.csv}): a title row, a blank row, the column row (MAC, State,
 * Locality Number, Locality Name, PW GPCI, PE GPCI, MP GPCI), one row per locality, then footnote rows. A row is a
 * locality row when its first field is a five-digit MAC number.
 */
public final class GpciReader {

    private static final Pattern MAC = Pattern.compile("[0-9]{5}");

    private GpciReader() {
    }

    /** What a read produced: the localities and the data problems found on the way. */
    public record Result(List<Gpci> localities, List<Finding> findings) {
    }

    /** Reads the file; locality rows that cannot be read become error findings naming file and line. */
    public static Result read(Path file) {
        List<Gpci> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String source = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                List<String> f = Csv.split(line);
                if (!MAC.matcher(f.get(0).strip()).matches()) {
                    continue;
                }
                Location where = Location.line(source, lineNo);
                if (f.size() < 7) {
                    findings.add(Finding.error("GPCI-FIELDS", where, f.size() + " fields, expected 7"));
                    continue;
                }
                try {
                    out.add(new Gpci(LocalityId.of(f.get(0), f.get(1), f.get(2)), f.get(3).strip().replaceAll("\\*+$", ""),
                            Csv.scaled(f.get(4), 3), Csv.scaled(f.get(5), 3), Csv.scaled(f.get(6), 3), lineNo));
                } catch (IllegalArgumentException e) {
                    findings.add(Finding.error("GPCI-VALUE", where, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Result(List.copyOf(out), List.copyOf(findings));
    }
}

package org.medcoder.pricing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.medcoder.core.Finding;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.Location;
import org.medcoder.pricing.RvuEntry;

/**
 * Reads a National Physician Fee Schedule Relative Value File ({@code PPRRVU2026_Jul_nonQPP.csv}): Latin-1 CSV, title
 * rows, the column names split over several rows ending with the row that starts {@code HCPCS,MOD}, then one row of
 * 32 fields per code and modifier. Column 3 (DESCRIPTION) holds AMA/ADA copyright text and is skipped unread.
 */
public final class RvuFileReader {

    static final int FIELDS = 32;
    private static final int HCPCS = 0, MOD = 1, STATUS = 3, NOT_USED = 4, WORK = 5, NF_PE = 6, NF_NA = 7, F_PE = 8,
            F_NA = 9, MP = 10, PCTC = 13, GLOB = 14, MULT = 18, BILAT = 19, ASST = 20, CO = 21, TEAM = 22,
            ENDO = 24, CF = 25, IMAGING = 28;

    private RvuFileReader() {
    }

    /** What a read produced: the rows and the data problems found on the way. */
    public record Result(List<RvuEntry> entries, List<String> notUsedForMedicare, List<Finding> findings) {
    }

    /** Reads the file; rows that cannot be read become error findings naming file and line. */
    public static Result read(Path file) {
        List<RvuEntry> entries = new ArrayList<>(20_000);
        List<String> notUsed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String source = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            boolean header = false;
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (!header) {
                    header = line.startsWith("HCPCS,MOD");
                    continue;
                }
                if (line.isBlank() || line.replace(",", "").isBlank()) {
                    continue;
                }
                readRow(line, Location.line(source, lineNo), lineNo, entries::add, notUsed::add, findings::add);
            }
            if (!header) {
                findings.add(Finding.error("MPFS-HEADER", Location.line(source, lineNo),
                        "no column row starting HCPCS,MOD: not a PPRRVU relative value file"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Result(List.copyOf(entries), List.copyOf(notUsed), List.copyOf(findings));
    }

    private static void readRow(String line, Location where, int lineNo, Consumer<RvuEntry> out,
            Consumer<String> notUsed, Consumer<Finding> findings) {
        List<String> f = Csv.split(line);
        if (f.size() != FIELDS) {
            findings.accept(Finding.error("MPFS-FIELDS", where, f.size() + " fields, expected " + FIELDS));
            return;
        }
        try {
            HcpcsCode code = HcpcsCode.parse(f.get(HCPCS));
            String mod = f.get(MOD).strip();
            if (!f.get(NOT_USED).isBlank()) {
                notUsed.accept(code + (mod.isEmpty() ? "" : "-" + mod));
            }
            out.accept(new RvuEntry(code, mod, !f.get(NOT_USED).isBlank(), flag(f.get(STATUS)), Csv.scaled(f.get(WORK), 2),
                    Csv.scaled(f.get(NF_PE), 2), isNa(f.get(NF_NA)), Csv.scaled(f.get(F_PE), 2), isNa(f.get(F_NA)),
                    Csv.scaled(f.get(MP), 2), flag(f.get(PCTC)), f.get(GLOB).strip(), flag(f.get(MULT)),
                    flag(f.get(BILAT)), flag(f.get(ASST)), flag(f.get(CO)), flag(f.get(TEAM)),
                    f.get(ENDO).strip(), Csv.scaled(f.get(CF), 4), f.get(IMAGING).strip(), lineNo));
        } catch (IllegalArgumentException e) {
            findings.accept(Finding.error("MPFS-VALUE", where, e.getMessage()));
        }
    }

    private static boolean isNa(String field) {
        return field.strip().equals("NA");
    }

    private static char flag(String field) {
        String s = field.strip();
        if (s.length() != 1) {
            throw new IllegalArgumentException("indicator '" + field + "' is not one character");
        }
        return s.charAt(0);
    }
}

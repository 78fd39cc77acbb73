package org.medcoder.codesets.hcpcs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsModifier;
import org.medcoder.core.HcpcsCode;

/**
 * Reads the CMS alpha-numeric HCPCS file ({@code HCPCyyyy_CONTR_ANWEB.txt}, {@code HCPCyyyy_<MON>_ANWEB_vN.txt}):
 * fixed width, 320 columns, Latin-1, per the official record layout ({@code HCPCSyyyy_recordlayout.txt}). Record
 * identifier (column 11): 3 = procedure with its detail columns 92-293, 4 = continuation of its long description,
 * 7 = modifier, 8 = modifier continuation. The disclaimer lines before the first record are skipped.
 */
final class AnwebReader {

    /** Columns 1-11 of a record: procedure code or three blanks and a modifier, sequence number, identifier. */
    private static final Pattern RECORD = Pattern.compile("([A-Z0-9]{5}|   [A-Z0-9]{2})\\d{5}[3478]");
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int WIDTH = 320;
    /** Disclaimer lines CMS puts before the first record (8 in 2019); more than this and the file is not ANWEB. */
    private static final int MAX_PROLOGUE = 40;

    /** The procedure codes and modifiers in file order. */
    record Result(List<HcpcsEntry> entries, List<HcpcsModifier> modifiers) {
    }

    private final String source;
    private final List<HcpcsEntry> entries = new ArrayList<>();
    private final List<HcpcsModifier> modifiers = new ArrayList<>();
    private String pendingLine;
    private int pendingLineNo;
    private final StringBuilder description = new StringBuilder();

    private AnwebReader(String source) {
        this.source = source;
    }

    /** Reads the file; a malformed record is an error naming the file and line. */
    static Result read(InputStream in, String source) throws IOException {
        AnwebReader r = new AnwebReader(source);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
        int n = 0;
        boolean started = false;
        for (String line; (line = lines.readLine()) != null; ) {
            n++;
            if (!started) {
                started = RECORD.matcher(line.length() >= 11 ? line.substring(0, 11) : line).matches();
                if (!started) {
                    if (n > MAX_PROLOGUE) {
                        throw new IllegalArgumentException(source + ": no HCPCS record in the first " + MAX_PROLOGUE
                                + " lines (columns 1-11: code, sequence number, record identifier 3/4/7/8)");
                    }
                    continue;
                }
            }
            if (!line.isBlank()) {
                r.accept(line, n);
            }
        }
        if (!started) {
            throw new IllegalArgumentException(source + ": no HCPCS records");
        }
        r.flush();
        return new Result(List.copyOf(r.entries), List.copyOf(r.modifiers));
    }

    private void accept(String line, int n) {
        if (line.length() < 11 || !RECORD.matcher(line.substring(0, 11)).matches()) {
            throw error(n, "not a HCPCS record (columns 1-11: code, sequence number, record identifier 3/4/7/8): '"
                    + (line.length() > 40 ? line.substring(0, 40) + "..." : line) + "'");
        }
        char id = line.charAt(10);
        if (id == '4' || id == '8') {
            continuation(line, n, id);
            return;
        }
        if (line.length() < 293) {
            throw error(n, "record too short (" + line.length() + " columns; the layout needs 293)");
        }
        flush();
        pendingLine = pad(line);
        pendingLineNo = n;
        description.setLength(0);
        description.append(field(pendingLine, 12, 91));
    }

    private void continuation(String line, int n, char id) {
        char expected = id == '4' ? '3' : '7';
        if (pendingLine == null || pendingLine.charAt(10) != expected || !pendingLine.startsWith(line.substring(0, 5))) {
            throw error(n, "continuation record (identifier " + id + ") for " + line.substring(0, 5).strip()
                    + " does not follow its record " + expected);
        }
        String more = field(pad(line), 12, 91);
        if (!more.isEmpty()) {
            description.append(' ').append(more);
        }
    }

    private void flush() {
        if (pendingLine == null) {
            return;
        }
        try {
            if (pendingLine.charAt(10) == '3') {
                entries.add(procedure(pendingLine, description.toString()));
            } else {
                modifiers.add(modifier(pendingLine, description.toString()));
            }
        } catch (IllegalArgumentException e) {
            throw error(pendingLineNo, e.getMessage());
        }
        pendingLine = null;
    }

    private HcpcsEntry procedure(String l, String longDescription) {
        return new HcpcsEntry(HcpcsCode.parse(l.substring(0, 5)), longDescription, field(l, 92, 119),
                repeated(l, 120, 2, 4), field(l, 128, 128), repeated(l, 129, 6, 3), repeated(l, 147, 8, 3),
                field(l, 171, 180), repeated(l, 181, 3, 8), repeated(l, 205, 5, 5), field(l, 230, 230),
                field(l, 231, 232), date(l, 233, "ASC payment group effective date"), field(l, 253, 256),
                field(l, 257, 259), repeated(l, 261, 1, 5), number(l, 266, 268), date(l, 269, "code added date"),
                date(l, 277, "action effective date"), date(l, 285, "termination date"), field(l, 293, 293));
    }

    private HcpcsModifier modifier(String l, String longDescription) {
        return new HcpcsModifier(l.substring(3, 5), longDescription, field(l, 92, 119), field(l, 230, 230),
                date(l, 269, "code added date"), date(l, 277, "action effective date"),
                date(l, 285, "termination date"), field(l, 293, 293));
    }

    /** Columns {@code from..to} (1-based, inclusive, as the record layout numbers them), stripped. */
    private static String field(String l, int from, int to) {
        return l.substring(from - 1, to).strip();
    }

    /** A column that OCCURS several times, e.g. the pricing indicator (2 columns, up to 4 times); blanks left out. */
    private static List<String> repeated(String l, int from, int width, int times) {
        List<String> out = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            String v = field(l, from + i * width, from + (i + 1) * width - 1);
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private static Optional<LocalDate> date(String l, int from, String what) {
        String v = field(l, from, from + 7);
        if (v.isEmpty() || v.equals("00000000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v, YMD));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("columns " + from + "-" + (from + 7) + " (" + what
                    + ") should be a date YYYYMMDD, was '" + v + "'");
        }
    }

    private static Optional<Integer> number(String l, int from, int to) {
        String v = field(l, from, to);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("columns " + from + "-" + to + " should be a number, was '" + v + "'");
        }
    }

    /** Trailing blanks are sometimes trimmed (one 2019 line has 317 columns); pad to the layout width. */
    private static String pad(String line) {
        return line.length() >= WIDTH ? line : line + " ".repeat(WIDTH - line.length());
    }

    private IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException(source + ":" + line + ": " + message);
    }
}

package org.medcoder.codesets.icd10cm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.internal.MalformedSourceException;
import org.medcoder.codesets.internal.SourceStreams;
import org.medcoder.core.IcdCmCode;

/**
 * Reads the CMS/CDC ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}): fixed width, Latin-1, one entry per
 * line in tabular order. Layout (icd10OrderFiles.pdf): columns 1-5 order number, 7-13 code without dot, 15 the
 * HIPAA-valid flag (1 billable, 0 header), 17-76 short description, 78-end long description.
 */
public final class OrderFileReader {

    /** The order-file member inside a CMS/CDC zip, e.g. {@code icd10cm_order_2026.txt} (not the addenda). */
    public static final Pattern MEMBER = Pattern.compile("icd10cm[_-]order[_-](\\d{4})\\.txt", Pattern.CASE_INSENSITIVE);

    private static final int LONG_TITLE_COLUMN = 77; // 0-based start of column 78

    private OrderFileReader() {
    }

    /** Every entry of the order file at {@code file} (plain, gzip or zip), in tabular order. */
    public static List<IcdCmEntry> read(Path file, String displayName) {
        try (InputStream in = SourceStreams.open(file, MEMBER, displayName)) {
            return read(in, displayName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    /** Every entry of an order file's bytes, in tabular order; {@code displayName} names the file in errors. */
    public static List<IcdCmEntry> read(InputStream in, String displayName) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
        List<IcdCmEntry> entries = new ArrayList<>(100_000);
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            entries.add(parseLine(line, displayName, lineNo));
        }
        if (entries.isEmpty()) {
            throw MalformedSourceException.atLine(displayName, 0, "no order-file entries");
        }
        return entries;
    }

    static IcdCmEntry parseLine(String line, String file, int lineNo) {
        if (line.length() < LONG_TITLE_COLUMN + 1) {
            throw MalformedSourceException.atLine(file, lineNo, "order-file line is " + line.length()
                    + " characters, shorter than the 78 the layout needs (code, flag, short and long title)");
        }
        String number = line.substring(0, 5);
        String code = line.substring(6, 13).strip();
        char flag = line.charAt(14);
        if (!number.chars().allMatch(Character::isDigit) || (flag != '0' && flag != '1') || !IcdCmCode.isWellFormed(code)
                || code.indexOf('.') >= 0) {
            throw MalformedSourceException.atLine(file, lineNo, "not an order-file line (columns 1-5 order number, "
                    + "7-13 code, 15 flag 0/1): '" + line.substring(0, Math.min(line.length(), 20)) + "...'");
        }
        String shortTitle = line.substring(16, 76).strip();
        String longTitle = line.substring(LONG_TITLE_COLUMN).strip();
        return new IcdCmEntry(new IcdCmCode(code), flag == '1', shortTitle, longTitle);
    }
}

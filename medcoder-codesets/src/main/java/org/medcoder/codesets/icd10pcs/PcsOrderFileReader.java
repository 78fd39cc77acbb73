package org.medcoder.codesets.icd10pcs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.medcoder.core.PcsCode;

/**
 * Reads the ICD-10-PCS order file ({@code icd10pcs_order_YYYY.txt}, fixed width, Latin-1, CRLF), the same layout
 * as the ICD-10-CM order file ({@code icd10pcsOrderFile.pdf}): columns 1-5 order number, 7-13 code (left
 * justified; three characters for a table header), 15 {@code 1} valid code / {@code 0} header, 17-76 abbreviated
 * title, 78-end long title.
 */
final class PcsOrderFileReader {

    /** One line of the order file. */
    record Line(String code, boolean valid, String shortTitle, String longTitle) {
    }

    private PcsOrderFileReader() {
    }

    /** Reads every line; a short or malformed line is an error naming the file and line number. */
    static List<Line> read(InputStream in, String source) throws IOException {
        List<Line> out = new ArrayList<>(80_000);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            out.add(parse(line, source, n));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty order file");
        }
        return out;
    }

    static Line parse(String line, String source, int n) {
        if (line.length() < 78) {
            throw new IllegalArgumentException(source + ":" + n + ": line too short (" + line.length()
                    + " characters; the layout needs at least 78: order number, code, flag, short and long title)");
        }
        if (!isDigits(line, 0, 5) || line.charAt(5) != ' ' || line.charAt(13) != ' ' || line.charAt(15) != ' ') {
            throw new IllegalArgumentException(source + ":" + n + ": not an order-file line (columns 1-5 order "
                    + "number, 7-13 code, 15 flag): '" + abbreviate(line) + "'");
        }
        String code = line.substring(6, 13).strip();
        char flag = line.charAt(14);
        if (flag != '0' && flag != '1') {
            throw new IllegalArgumentException(source + ":" + n + ": column 15 must be 0 (header) or 1 (valid code), was '"
                    + flag + "'");
        }
        boolean valid = flag == '1';
        if (valid) {
            try {
                PcsCode.parse(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
            }
        } else if (code.isEmpty()) {
            throw new IllegalArgumentException(source + ":" + n + ": header line without a code");
        }
        return new Line(code, valid, line.substring(16, 76).strip(), line.substring(77).strip());
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}

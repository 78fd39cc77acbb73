package org.medcoder.codesets.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.internal.SourceStreams;
import org.medcoder.codesets.internal.XmlCursor;
import org.medcoder.core.IcdCmCode;

/**
 * The CDC ICD-10-CM conversion table ({@code ICD-10-CM-CONVERSION-TABLE-FYyyyy.xlsx}): for each code created since
 * FY2016, the previous code(s) it came from. Read in reverse, it forwards an old code (e.g. an index target from an
 * older index) to the current codes that replaced it. The xlsx is a zip of XML (ECMA-376 SpreadsheetML); it is read
 * with the JDK zip and StAX readers, shared strings first, then the first worksheet.
 *
 * @param source     the file name and year, e.g. {@code ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx (FY2026)}
 * @param replacedBy previous code (dotless) to the current codes (dotless) that replaced it, in table order
 */
public record ConversionTable(String source, Map<String, List<String>> replacedBy) {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9A-Z]{2}(?:\\.[0-9A-Z]{1,4})?");

    public ConversionTable {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        replacedBy.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        replacedBy = java.util.Collections.unmodifiableMap(copy);
    }

    /** An empty table (no conversion file in the data folder). */
    public static ConversionTable none() {
        return new ConversionTable("none", Map.of());
    }

    /** Reads the xlsx at {@code file}; {@code displayName} names it in errors. */
    public static ConversionTable read(Path file, String displayName, int fiscalYear) {
        List<String> shared;
        try (InputStream in = SourceStreams.open(file, Pattern.compile("sharedStrings\\.xml"), displayName + "!xl/sharedStrings.xml")) {
            shared = sharedStrings(in, displayName + "!xl/sharedStrings.xml");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
        try (InputStream in = SourceStreams.open(file, Pattern.compile("sheet1\\.xml"), displayName + "!xl/worksheets/sheet1.xml")) {
            return fromRows(rows(in, shared, displayName + "!xl/worksheets/sheet1.xml"),
                    SourceStreams.baseName(displayName) + " (FY" + fiscalYear + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    /** The table from worksheet rows: column A current code, B effective year, C previous code(s). */
    static ConversionTable fromRows(List<Map<String, String>> rows, String source) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String current = row.getOrDefault("A", "").strip();
            if (!CODE.matcher(current).matches() || !IcdCmCode.isWellFormed(current)) {
                continue; // title and header rows
            }
            Matcher m = CODE.matcher(row.getOrDefault("C", ""));
            while (m.find()) {
                if (IcdCmCode.isWellFormed(m.group())) {
                    map.computeIfAbsent(IcdCmCode.parse(m.group()).value(), k -> new ArrayList<>())
                            .add(IcdCmCode.parse(current).value());
                }
            }
        }
        return new ConversionTable(source, map);
    }

    private static List<String> sharedStrings(InputStream in, String name) {
        List<String> out = new ArrayList<>();
        try (XmlCursor x = XmlCursor.elements(in, name)) {
            x.root();
            for (String e; (e = x.nextChild()) != null; ) {
                if (e.equals("si")) {
                    out.add(x.text());
                } else {
                    x.skip();
                }
            }
        }
        return out;
    }

    private static List<Map<String, String>> rows(InputStream in, List<String> shared, String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (XmlCursor x = XmlCursor.elements(in, name)) {
            x.root();
            for (String e; (e = x.nextChild()) != null; ) {
                if (!e.equals("sheetData")) {
                    x.skip();
                    continue;
                }
                for (String r; (r = x.nextChild()) != null; ) {
                    if (r.equals("row")) {
                        rows.add(row(x, shared));
                    } else {
                        x.skip();
                    }
                }
            }
        }
        return rows;
    }

    private static Map<String, String> row(XmlCursor x, List<String> shared) {
        Map<String, String> cells = new HashMap<>();
        for (String c; (c = x.nextChild()) != null; ) {
            if (!c.equals("c")) {
                x.skip();
                continue;
            }
            String column = x.attribute("r").replaceAll("[0-9]", "");
            String type = x.attribute("t");
            String value = x.text(); // <v> (number or shared-string index) or <is><t> inline text
            if (type.equals("s") && !value.isEmpty()) {
                int i = Integer.parseInt(value.strip());
                value = i < shared.size() ? shared.get(i) : "";
            }
            cells.put(column, value);
        }
        return cells;
    }

    /** The current codes that replaced {@code previous} (dotless), or empty. */
    public List<String> replacements(String previous) {
        return replacedBy.getOrDefault(previous, List.of());
    }
}

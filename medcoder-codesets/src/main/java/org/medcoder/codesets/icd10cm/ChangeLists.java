package org.medcoder.codesets.icd10cm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.internal.MalformedSourceException;
import org.medcoder.core.IcdCmCode;

/**
 * Builds a year's code list from the previous year's and the change lists between them
 * ({@code added.csv}, {@code deleted.csv}, {@code revised.csv}, {@code billable-status-changes.csv}; CSV with a
 * header row, UTF-8, the layout of the third-party {@code derived-fy2027} folder described in the data README).
 * Added codes are placed in tabular order: right after the last existing entry that sorts before them within
 * their nearest existing ancestor.
 */
public final class ChangeLists {

    private ChangeLists() {
    }

    /** The files a change-list folder must hold. */
    public static final List<String> FILES = List.of("added.csv", "deleted.csv", "revised.csv", "billable-status-changes.csv");

    /** The previous year's entries with the changes in {@code dir} applied, in tabular order. */
    public static List<IcdCmEntry> apply(List<IcdCmEntry> previous, Path dir, String displayDir) {
        Set<String> deleted = new HashSet<>();
        for (Map<String, String> row : rows(dir.resolve("deleted.csv"), displayDir + "/deleted.csv")) {
            deleted.add(row.get("code"));
        }
        Map<String, Boolean> billable = new HashMap<>();
        for (Map<String, String> row : rows(dir.resolve("billable-status-changes.csv"), displayDir + "/billable-status-changes.csv")) {
            billable.put(row.get("code"), Boolean.parseBoolean(row.get("newBillable")));
        }
        Map<String, String[]> revised = new HashMap<>();
        for (Map<String, String> row : rows(dir.resolve("revised.csv"), displayDir + "/revised.csv")) {
            revised.put(row.get("code"), new String[] {row.get("newShortTitle"), row.get("newLongTitle")});
        }
        List<IcdCmEntry> out = new ArrayList<>(previous.size() + 512);
        for (IcdCmEntry e : previous) {
            String c = e.code().value();
            if (deleted.contains(c)) {
                continue;
            }
            boolean b = billable.getOrDefault(c, e.billable());
            String[] t = revised.get(c);
            out.add(b == e.billable() && t == null ? e
                    : new IcdCmEntry(e.code(), b, t == null ? e.shortTitle() : t[0], t == null ? e.longTitle() : t[1]));
        }
        String addedFile = displayDir + "/added.csv";
        for (Map<String, String> row : rows(dir.resolve("added.csv"), addedFile)) {
            IcdCmEntry add = new IcdCmEntry(code(row.get("code"), addedFile), Boolean.parseBoolean(row.get("billable")),
                    row.get("shortTitle"), row.get("longTitle"));
            out.add(insertionPoint(out, add.code().value()), add);
        }
        return out;
    }

    /**
     * Where a new code goes in tabular order: inside the run of its nearest existing ancestor, before the first
     * entry that sorts after it (within one subtree the Tabular lists codes in character order); a code with no
     * ancestor goes after the last entry of its letter that sorts before it.
     */
    private static int insertionPoint(List<IcdCmEntry> list, String code) {
        for (int len = code.length() - 1; len >= 3; len--) {
            String prefix = code.substring(0, len);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).code().value().equals(prefix)) {
                    int j = i + 1;
                    while (j < list.size() && list.get(j).code().value().startsWith(prefix)
                            && list.get(j).code().value().compareTo(code) < 0) {
                        j++;
                    }
                    return j;
                }
            }
        }
        int at = list.size();
        for (int i = 0; i < list.size(); i++) {
            String c = list.get(i).code().value();
            if (c.charAt(0) == code.charAt(0) && c.compareTo(code) < 0) {
                at = i + 1;
            }
        }
        return at;
    }

    private static IcdCmCode code(String text, String file) {
        if (text == null || !IcdCmCode.isWellFormed(text)) {
            throw MalformedSourceException.atLine(file, 0, "not an ICD-10-CM code: '" + text + "'");
        }
        return IcdCmCode.parse(text);
    }

    /** The rows of a CSV file with a header row, as column name to value. */
    static List<Map<String, String>> rows(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            throw MalformedSourceException.atLine(displayName, 0, "missing change-list file");
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String head = r.readLine();
            if (head == null) {
                throw MalformedSourceException.atLine(displayName, 1, "empty file (no header row)");
            }
            List<String> names = split(head.replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>();
            int lineNo = 1;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() != names.size()) {
                    throw MalformedSourceException.atLine(displayName, lineNo, "expected " + names.size() + " columns, found " + cells.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    /** One CSV line split into cells (RFC 4180 quoting; no line breaks inside cells in these files). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        cells.add(b.toString());
        return cells;
    }
}

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
        List<IcdCmEntry> added = new ArrayList<>();
        for (Map<String, String> row : rows(dir.resolve("added.csv"), addedFile)) {
            added.add(new IcdCmEntry(code(row.get("code"), addedFile), Boolean.parseBoolean(row.get("billable")),
                    row.get("shortTitle"), row.get("longTitle")));
        }
        return insert(out, added);
    }

    /**
     * The list with the added codes placed in tabular order: each goes inside the run of its nearest existing
     * ancestor, before the first entry there that sorts after it (within one subtree the Tabular lists codes in
     * character order); a code under another added code goes with it; a code with no ancestor goes after the last
     * entry of its letter that sorts before it. One pass over the list, so deriving a year stays cheap at start-up.
     */
    private static List<IcdCmEntry> insert(List<IcdCmEntry> base, List<IcdCmEntry> added) {
        Map<String, Integer> position = new HashMap<>(base.size() * 2);
        for (int i = 0; i < base.size(); i++) {
            position.put(base.get(i).code().value(), i);
        }
        Map<String, Integer> slotOfAdded = new HashMap<>();
        Map<Integer, List<IcdCmEntry>> before = new HashMap<>(); // slot i: goes before base entry i
        List<IcdCmEntry> sorted = new ArrayList<>(added);
        sorted.sort(java.util.Comparator.comparing(e -> e.code().value()));
        for (IcdCmEntry a : sorted) {
            int slot = slot(base, position, slotOfAdded, a.code().value());
            slotOfAdded.put(a.code().value(), slot);
            before.computeIfAbsent(slot, k -> new ArrayList<>()).add(a);
        }
        List<IcdCmEntry> out = new ArrayList<>(base.size() + added.size());
        for (int i = 0; i <= base.size(); i++) {
            List<IcdCmEntry> here = before.get(i);
            if (here != null) {
                out.addAll(here); // already in code order
            }
            if (i < base.size()) {
                out.add(base.get(i));
            }
        }
        return out;
    }

    private static int slot(List<IcdCmEntry> base, Map<String, Integer> position, Map<String, Integer> slotOfAdded, String code) {
        for (int len = code.length() - 1; len >= 3; len--) {
            String prefix = code.substring(0, len);
            Integer addedSlot = slotOfAdded.get(prefix);
            if (addedSlot != null) {
                return addedSlot;
            }
            Integer i = position.get(prefix);
            if (i != null) {
                int j = i + 1;
                while (j < base.size() && base.get(j).code().value().startsWith(prefix)
                        && base.get(j).code().value().compareTo(code) < 0) {
                    j++;
                }
                return j;
            }
        }
        int at = base.size();
        for (int i = 0; i < base.size(); i++) {
            String c = base.get(i).code().value();
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

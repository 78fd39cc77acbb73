package org.medcoder.codesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medcoder.core.PcsCode;

/**
 * One ICD-10-PCS table: section, body system and root operation (characters 1-3, one value each) and the rows
 * that give the allowed values of characters 4-7, e.g. table {@code 0DT} "Medical and Surgical, Gastrointestinal
 * System, Resection".
 *
 * @param header              the axes for positions 1, 2 and 3, each with exactly one value
 * @param operationDefinition the definition of the root operation (character 3) printed with the table, or empty
 * @param rows                the rows, in published order (at least one)
 */
public record PcsTable(List<PcsAxis> header, String operationDefinition, List<PcsRow> rows) {

    public PcsTable {
        header = List.copyOf(header);
        Objects.requireNonNull(operationDefinition, "operationDefinition");
        rows = List.copyOf(rows);
        if (header.size() != 3) {
            throw new IllegalArgumentException("a PCS table has axes 1-3 in its header, got " + header.size());
        }
        for (int i = 0; i < 3; i++) {
            PcsAxis a = header.get(i);
            if (a.position() != i + 1 || a.values().size() != 1) {
                throw new IllegalArgumentException("PCS table header axis " + a.position()
                        + " must be position " + (i + 1) + " with exactly one value, has " + a.values().size());
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("PCS table " + prefixOf(header) + " has no rows");
        }
    }

    /** The first three characters every code of this table starts with, e.g. {@code 0DT}. */
    public String prefix() {
        return prefixOf(header);
    }

    /** The single value of header axis 1, 2 or 3 (section, body system, operation). */
    public PcsAxisValue headerValue(int position) {
        if (position < 1 || position > 3) {
            throw new IllegalArgumentException("PCS table header positions are 1..3, was " + position);
        }
        return header.get(position - 1).values().get(0);
    }

    /** Whether the code belongs to this table and one of its rows allows it. */
    public boolean allows(PcsCode code) {
        return code.value().startsWith(prefix()) && rows.stream().anyMatch(r -> r.allows(code));
    }

    /** The rows that allow characters 4-7 of the code (normally one). */
    public List<PcsRow> rowsAllowing(PcsCode code) {
        List<PcsRow> out = new ArrayList<>();
        for (PcsRow r : rows) {
            if (r.allows(code)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** How many codes the table expands to. */
    public long codeCount() {
        return rows.stream().mapToLong(PcsRow::codeCount).sum();
    }

    private static String prefixOf(List<PcsAxis> header) {
        StringBuilder b = new StringBuilder(3);
        for (PcsAxis a : header) {
            b.append(a.values().get(0).code());
        }
        return b.toString();
    }
}

package org.medcoder.codesets.icd10pcs;

import java.util.Arrays;
import java.util.List;
import org.medcoder.codesets.PcsAlphabet;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;
import org.medcoder.core.PcsCode;

/**
 * The tables reduced to what deciding validity needs: the first three characters index a dense array
 * (34<sup>3</sup> slots) that points to the table's rows, and each row is four 34-bit masks of the characters
 * allowed at positions 4-7. A check is one array read and a few mask tests per row — no set of 79,000 codes.
 */
final class PcsValidity {

    private static final int SLOTS = PcsAlphabet.SIZE * PcsAlphabet.SIZE * PcsAlphabet.SIZE;

    /** Per prefix slot: index into {@link #rowMasks}, or -1 when no table has that prefix. */
    private final int[] tableOfSlot = new int[SLOTS];
    /** Per table: 4 masks per row, positions 4..7. */
    private final long[][] rowMasks;

    PcsValidity(List<PcsTable> tables) {
        Arrays.fill(tableOfSlot, -1);
        rowMasks = new long[tables.size()][];
        for (int t = 0; t < tables.size(); t++) {
            PcsTable table = tables.get(t);
            tableOfSlot[slot(table.prefix())] = t;
            List<PcsRow> rows = table.rows();
            long[] masks = new long[rows.size() * 4];
            for (int r = 0; r < rows.size(); r++) {
                for (int p = 0; p < 4; p++) {
                    masks[r * 4 + p] = rows.get(r).axis(p + 4).mask();
                }
            }
            rowMasks[t] = masks;
        }
    }

    /** Whether some table row allows the code. */
    boolean isValid(PcsCode code) {
        int t = tableIndex(code.value());
        if (t < 0) {
            return false;
        }
        String v = code.value();
        long b4 = bit(v.charAt(3));
        long b5 = bit(v.charAt(4));
        long b6 = bit(v.charAt(5));
        long b7 = bit(v.charAt(6));
        long[] m = rowMasks[t];
        for (int i = 0; i < m.length; i += 4) {
            if ((m[i] & b4) != 0 && (m[i + 1] & b5) != 0 && (m[i + 2] & b6) != 0 && (m[i + 3] & b7) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the table for the code's first three characters, or -1. */
    int tableIndex(String code) {
        return tableOfSlot[slot(code)];
    }

    private static long bit(char c) {
        return 1L << PcsAlphabet.ordinal(c);
    }

    private static int slot(String code) {
        return (PcsAlphabet.ordinal(code.charAt(0)) * PcsAlphabet.SIZE + PcsAlphabet.ordinal(code.charAt(1)))
                * PcsAlphabet.SIZE + PcsAlphabet.ordinal(code.charAt(2));
    }
}

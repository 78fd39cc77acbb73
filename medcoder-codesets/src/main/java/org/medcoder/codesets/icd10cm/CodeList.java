package org.medcoder.codesets.icd10cm;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.core.IcdCmCode;

/**
 * The code list of one release (order-file rows in tabular order) held as one block of bytes with an
 * open-addressing hash index from code to row; rows become {@link IcdCmEntry} objects only when asked for (and are
 * kept then).
 *
 * <p>Why: reading a release from its snapshot used to create ~250,000 strings and a 98,000-entry hash map before the
 * first lookup could be answered; that was most of start-up. Now start-up reads the block with one
 * {@code readFully}, indexes it in one pass over the bytes, and a lookup decodes just the row it returns.
 *
 * <p>Block layout, per row: code length (1 byte) and code (ASCII), flags (1 byte: billable, long title equals short
 * title), short title, then the long title unless equal; each title is a 16-bit length and UTF-8.
 */
final class CodeList extends AbstractList<IcdCmEntry> implements RandomAccess {

    private static final int BILLABLE = 1;
    private static final int LONG_IS_SHORT = 2;

    private final byte[] block;
    private final int[] rowStart;
    private final int[] slots;
    private final IcdCmEntry[] decoded;

    private CodeList(byte[] block, int rows) {
        this.block = block;
        this.rowStart = new int[rows];
        this.slots = new int[Integer.highestOneBit(Math.max(rows, 1) * 2) * 2];
        this.decoded = new IcdCmEntry[rows];
        int mask = slots.length - 1;
        int p = 0;
        for (int i = 0; i < rows; i++) {
            rowStart[i] = p;
            int len = block[p] & 0xFF;
            int h = 0;
            for (int k = 1; k <= len; k++) {
                h = 31 * h + block[p + k];
            }
            int s = spread(h) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
            p = skipRow(p, len);
        }
        if (p != block.length) {
            throw new IllegalArgumentException("code list block: " + (block.length - p) + " bytes after the last row");
        }
    }

    private int skipRow(int p, int codeLength) {
        int q = p + 1 + codeLength;
        boolean same = (block[q] & LONG_IS_SHORT) != 0;
        q = q + 1;
        q += 2 + u16(q);
        return same ? q : q + 2 + u16(q);
    }

    private int u16(int p) {
        return (block[p] & 0xFF) << 8 | (block[p + 1] & 0xFF);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The list of these entries, in this order. */
    static CodeList of(List<IcdCmEntry> entries) {
        if (entries instanceof CodeList c) {
            return c;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (IcdCmEntry e : entries) {
                boolean same = e.longTitle().equals(e.shortTitle());
                String code = e.code().value();
                out.writeByte(code.length());
                out.writeBytes(code); // codes are ASCII letters and digits (IcdCmCode checks the shape)
                out.writeByte((e.billable() ? BILLABLE : 0) | (same ? LONG_IS_SHORT : 0));
                title(out, e.shortTitle());
                if (!same) {
                    title(out, e.longTitle());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        CodeList list = new CodeList(bytes.toByteArray(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            list.decoded[i] = entries.get(i);
        }
        return list;
    }

    private static void title(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 0xFFFF) {
            throw new IllegalArgumentException("title longer than 65,535 bytes: '" + s.substring(0, 40) + "...'");
        }
        out.writeShort(utf8.length);
        out.write(utf8);
    }

    /** Writes the row count and the block. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(rowStart.length);
        out.writeInt(block.length);
        out.write(block);
    }

    /** Reads what {@link #write} wrote. */
    static CodeList read(DataInputStream in) throws IOException {
        int rows = in.readInt();
        int length = in.readInt();
        if (rows < 0 || length < 0) {
            throw new IOException("bad code list sizes " + rows + ", " + length);
        }
        byte[] block = new byte[length];
        in.readFully(block);
        return new CodeList(block, rows);
    }

    /** The row of the code (dotless), or -1 when the list does not have it. */
    int indexOf(String code) {
        int mask = slots.length - 1;
        int s = spread(code.hashCode()) & mask;
        for (int row; (row = slots[s]) != 0; s = (s + 1) & mask) {
            if (codeAt(row - 1, code, true)) {
                return row - 1;
            }
        }
        return -1;
    }

    /** The row of the code (dotless), when the list has it. */
    java.util.Optional<IcdCmEntry> entry(String code) {
        int i = indexOf(code);
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(get(i));
    }

    /** Whether the list has the code (dotless). */
    boolean contains(String code) {
        return indexOf(code) >= 0;
    }

    /** Whether row {@code i}'s code equals {@code text} (exact) or starts with it (not exact). */
    boolean codeAt(int i, String text, boolean exact) {
        int p = rowStart[i];
        int len = block[p] & 0xFF;
        if (exact ? len != text.length() : len < text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (block[p + 1 + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The length of row {@code i}'s code (3 for a category), without decoding the row. */
    int codeLength(int i) {
        return block[rowStart[i]] & 0xFF;
    }

    @Override
    public IcdCmEntry get(int i) {
        IcdCmEntry e = decoded[i];
        if (e == null) {
            // A benign race: two threads may decode the same row; both results are equal and immutable.
            e = decode(rowStart[i]);
            decoded[i] = e;
        }
        return e;
    }

    private IcdCmEntry decode(int p) {
        int len = block[p] & 0xFF;
        IcdCmCode code = new IcdCmCode(new String(block, p + 1, len, StandardCharsets.ISO_8859_1));
        int q = p + 1 + len;
        int flags = block[q++];
        int n = u16(q);
        String shortTitle = new String(block, q + 2, n, StandardCharsets.UTF_8);
        q += 2 + n;
        String longTitle = (flags & LONG_IS_SHORT) != 0 ? shortTitle : new String(block, q + 2, u16(q), StandardCharsets.UTF_8);
        return new IcdCmEntry(code, (flags & BILLABLE) != 0, shortTitle, longTitle);
    }

    @Override
    public int size() {
        return rowStart.length;
    }
}

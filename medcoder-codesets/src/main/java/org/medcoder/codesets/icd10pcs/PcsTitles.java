package org.medcoder.codesets.icd10pcs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Titles of the valid codes from the order file, held compactly: the codes as one sorted byte array of 7-byte
 * records (binary search), and every title as Latin-1 bytes in one array with offsets. About 12 MB for FY2026
 * instead of 160,000 strings, and written to and read from a snapshot in one block each.
 */
final class PcsTitles {

    private static final int WIDTH = 7;

    private final byte[] codes;
    /** Title i (short title of code k is 2k, long title 2k+1) spans text[offsets[i]..offsets[i+1]). */
    private final int[] offsets;
    private final byte[] text;

    private PcsTitles(byte[] codes, int[] offsets, byte[] text) {
        this.codes = codes;
        this.offsets = offsets;
        this.text = text;
    }

    /** The titles of the order file's valid codes (headers are left out). */
    static PcsTitles of(List<PcsOrderFileReader.Line> lines) {
        List<PcsOrderFileReader.Line> valid = lines.stream().filter(PcsOrderFileReader.Line::valid)
                .sorted(Comparator.comparing(PcsOrderFileReader.Line::code)).toList();
        byte[] codes = new byte[valid.size() * WIDTH];
        int[] offsets = new int[valid.size() * 2 + 1];
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream(valid.size() * 150);
        for (int i = 0; i < valid.size(); i++) {
            PcsOrderFileReader.Line l = valid.get(i);
            System.arraycopy(l.code().getBytes(StandardCharsets.ISO_8859_1), 0, codes, i * WIDTH, WIDTH);
            offsets[2 * i] = text.size();
            text.writeBytes(l.shortTitle().getBytes(StandardCharsets.ISO_8859_1));
            offsets[2 * i + 1] = text.size();
            text.writeBytes(l.longTitle().getBytes(StandardCharsets.ISO_8859_1));
        }
        offsets[valid.size() * 2] = text.size();
        return new PcsTitles(codes, offsets, text.toByteArray());
    }

    static PcsTitles empty() {
        return new PcsTitles(new byte[0], new int[] {0}, new byte[0]);
    }

    int size() {
        return codes.length / WIDTH;
    }

    String code(int i) {
        return new String(codes, i * WIDTH, WIDTH, StandardCharsets.ISO_8859_1);
    }

    /** The position of the code, or a negative number when the order file does not list it. */
    int indexOf(String code) {
        if (code.length() != WIDTH) {
            return -1;
        }
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, code);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private int compare(int i, String code) {
        int base = i * WIDTH;
        for (int k = 0; k < WIDTH; k++) {
            int d = (codes[base + k] & 0xff) - code.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    Optional<String> longTitle(String code) {
        int i = indexOf(code);
        return i >= 0 ? Optional.of(title(2 * i + 1)) : Optional.empty();
    }

    Optional<String> shortTitle(String code) {
        int i = indexOf(code);
        return i >= 0 ? Optional.of(title(2 * i)) : Optional.empty();
    }

    private String title(int t) {
        return new String(text, offsets[t], offsets[t + 1] - offsets[t], StandardCharsets.ISO_8859_1);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(codes.length);
        out.write(codes);
        out.writeInt(offsets.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(offsets.length * 4);
        b.asIntBuffer().put(offsets);
        out.write(b.array());
        out.writeInt(text.length);
        out.write(text);
    }

    static PcsTitles read(DataInputStream in) throws IOException {
        byte[] codes = new byte[in.readInt()];
        in.readFully(codes);
        int[] offsets = new int[in.readInt()];
        byte[] raw = new byte[offsets.length * 4];
        in.readFully(raw);
        java.nio.ByteBuffer.wrap(raw).asIntBuffer().get(offsets);
        byte[] text = new byte[in.readInt()];
        in.readFully(text);
        return new PcsTitles(codes, offsets, text);
    }
}

package org.medcoder.codesets.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A section of a snapshot payload stored as one length-prefixed block of bytes and decoded from an array: reading
 * hundreds of thousands of titles one {@link DataInputStream#readUTF()} at a time (a virtual call and a char loop
 * per byte, mostly still interpreted at start-up) was the largest part of start-up, while
 * {@code new String(bytes, off, len, UTF_8)} of ASCII text is an array copy.
 *
 * <p>Layout: {@code int length}, then the block. Inside it, numbers are big-endian like {@link DataOutputStream}
 * and strings are an unsigned 16-bit byte length followed by standard UTF-8.
 */
public final class SnapshotBlock {

    private SnapshotBlock() {
    }

    /** Collects one block in memory; {@link #writeTo} then writes it with its length. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream out = new DataOutputStream(bytes);

        public Writer writeInt(int v) throws IOException {
            out.writeInt(v);
            return this;
        }

        public Writer writeByte(int v) throws IOException {
            out.writeByte(v);
            return this;
        }

        public Writer writeChar(char v) throws IOException {
            out.writeChar(v);
            return this;
        }

        /**
         * Writes a string of at most 65,535 UTF-8 bytes.
         *
         * @throws IllegalArgumentException naming the start of a longer string
         */
        public Writer writeString(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (utf8.length > 0xFFFF) {
                throw new IllegalArgumentException("string too long for a snapshot (" + utf8.length + " bytes): '"
                        + s.substring(0, 40) + "...'");
            }
            out.writeShort(utf8.length);
            out.write(utf8);
            return this;
        }

        /** Writes the block's length, then the block. */
        public void writeTo(DataOutputStream dest) throws IOException {
            out.flush();
            dest.writeInt(bytes.size());
            bytes.writeTo(dest);
        }
    }

    /** Reads one block into memory and decodes it in the order it was written. */
    public static final class Reader {
        private final byte[] b;
        private int pos;

        private Reader(byte[] b) {
            this.b = b;
        }

        /** A reader of a block already in memory (the bytes after its length). */
        public static Reader of(byte[] block) {
            return new Reader(block);
        }

        /** The bytes of the next block of {@code in} (its length, then its bytes), to decode later with {@link #of(byte[])}. */
        public static byte[] bytes(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("negative snapshot block length " + n);
            }
            byte[] b = new byte[n];
            in.readFully(b);
            return b;
        }

        /** The next block of {@code in} (its length, then its bytes). */
        public static Reader of(DataInputStream in) throws IOException {
            return new Reader(bytes(in));
        }

        public int readInt() {
            int p = pos;
            pos = p + 4;
            return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
        }

        public int readUnsignedByte() {
            return b[pos++] & 0xFF;
        }

        public char readChar() {
            int p = pos;
            pos = p + 2;
            return (char) ((b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF));
        }

        public String readString() {
            int n = readChar();
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        /** Whether every byte of the block has been read (a check that writer and reader agree). */
        public boolean atEnd() {
            return pos == b.length;
        }
    }
}

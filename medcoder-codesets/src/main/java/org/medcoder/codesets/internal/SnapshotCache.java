package org.medcoder.codesets.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * A folder of binary snapshots of parsed code sets, so that start-up does not re-parse the official files.
 *
 * <p>Design: one file per snapshot name ({@code <name>.snap}). A file starts with a magic number, the
 * container version and the key it was built from (the caller's key: the sha256 of the source files and the
 * caller's own format version), then the caller's payload. A snapshot is read only when its key matches; it is
 * written to a temp file and moved into place, so a reader never sees half a snapshot and a failed build never
 * replaces the last good one.
 */
public final class SnapshotCache {

    private static final int MAGIC = 0x4D43534E; // "MCSN"
    private static final int CONTAINER_VERSION = 1;

    private final Path dir;

    /** A cache kept in {@code dir} (created when the first snapshot is written). */
    public SnapshotCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** Writes and reads one kind of snapshot payload. */
    public interface Codec<T> {
        void write(T value, DataOutputStream out) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    /**
     * The snapshot named `name` whose sources have `key`: read from the cache when present, else built, stored and
     * returned. When building fails, the last good snapshot of that name is returned and the failure is reported
     * through `warnings` (a Finding naming the file and line); when there is none, the exception propagates.
     */
    public <T> T load(String name, String key, Codec<T> codec, Supplier<T> builder, Consumer<Finding> warnings) {
        Path file = fileOf(name);
        Snapshot<T> cached = read(file, codec);
        if (cached != null && cached.key.equals(key)) {
            return cached.value;
        }
        T built;
        try {
            built = builder.get();
        } catch (RuntimeException e) {
            if (cached == null) {
                throw e;
            }
            warnings.accept(describe(name, e));
            return cached.value;
        }
        write(file, key, built, codec, warnings);
        return built;
    }

    /**
     * Whether the snapshot named {@code name} is stored with {@code key} (only its header is read), so a caller can
     * defer reading the payload until it is needed.
     */
    public boolean isCurrent(String name, String key) {
        Path file = fileOf(name);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 512))) {
            return in.readInt() == MAGIC && in.readInt() == CONTAINER_VERSION && in.readUTF().equals(key);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the first part of a snapshot's payload (e.g. the release description that every payload starts with). */
    public interface HeadReader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /**
     * The start of the payload of the snapshot named {@code name} when it is stored with {@code key}, read by
     * {@code reader} without reading the rest; empty when there is no such snapshot or it cannot be read. Lets a
     * caller describe a release at start-up and defer reading the release itself (through {@link #load}) until it
     * is first needed.
     */
    public <T> java.util.Optional<T> head(String name, String key, HeadReader<T> reader) {
        Path file = fileOf(name);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 4096))) {
            if (in.readInt() != MAGIC || in.readInt() != CONTAINER_VERSION || !in.readUTF().equals(key)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(reader.read(in));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty(); // unreadable: the caller builds or loads it the normal way
        }
    }

    /**
     * The hex SHA-256 of a source file, remembered in the cache folder by path, size and modification time so that
     * start-up does not hash unchanged files again; a file whose size or time changed is hashed anew.
     */
    public synchronized String fingerprint(Path file) {
        try {
            String id = file.toAbsolutePath().normalize() + "\t" + Files.size(file) + "\t" + Files.getLastModifiedTime(file).toMillis();
            if (memo == null) {
                memo = readMemo();
            }
            String sha = memo.get(id);
            if (sha == null) {
                sha = sha256(file);
                memo.put(id, sha);
                writeMemo();
            }
            return sha;
        } catch (IOException e) {
            return sha256(file);
        }
    }

    private java.util.Map<String, String> memo;

    private java.util.Map<String, String> readMemo() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        Path f = dir.resolve("sha256-memo.txt");
        try {
            if (Files.isRegularFile(f)) {
                for (String line : Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) {
                    int cut = line.lastIndexOf('\t');
                    if (cut > 0) {
                        m.put(line.substring(0, cut), line.substring(cut + 1));
                    }
                }
            }
        } catch (IOException e) {
            m.clear(); // an unreadable memo only costs hashing again
        }
        return m;
    }

    private void writeMemo() {
        StringBuilder b = new StringBuilder();
        memo.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "sha256-memo", ".tmp");
            Files.writeString(tmp, b, java.nio.charset.StandardCharsets.UTF_8);
            move(tmp, dir.resolve("sha256-memo.txt"));
        } catch (IOException e) {
            // not fatal: the memo is only a speed-up
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** The folder holding the snapshots. */
    public Path dir() {
        return dir;
    }

    /** The hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private Path fileOf(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("snapshot name must be letters, digits, '.', '_' or '-': '" + name + "'");
        }
        return dir.resolve(name + ".snap");
    }

    private record Snapshot<T>(String key, T value) {
    }

    /** The stored snapshot, or null when there is none or it cannot be read (then it is rebuilt). */
    private static <T> Snapshot<T> read(Path file, Codec<T> codec) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != CONTAINER_VERSION) {
                return null;
            }
            String key = in.readUTF();
            T value = codec.read(in);
            if (in.readInt() != MAGIC) {
                return null; // trailer missing: not a complete snapshot
            }
            return new Snapshot<>(key, value);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private <T> void write(Path file, String key, T value, Codec<T> codec, Consumer<Finding> warnings) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(CONTAINER_VERSION);
                out.writeUTF(key);
                codec.write(value, out);
                out.writeInt(MAGIC);
            }
            move(tmp, file);
        } catch (IOException e) {
            // A cache that cannot be written only costs speed on the next start: say so, keep going.
            warnings.accept(Finding.warning("CODESET-CACHE", Location.path(file.toString(), ""),
                    "cannot write snapshot: " + e.getMessage()));
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temp file is harmless; the next write uses a new name
            }
        }
    }

    private static Finding describe(String name, RuntimeException e) {
        Finding cause = e instanceof MalformedSourceException m ? m.finding() : null;
        if (cause == null && e.getCause() instanceof MalformedSourceException m) {
            cause = m.finding();
        }
        if (cause != null) {
            return Finding.warning(cause.ruleId(), cause.location(),
                    cause.message() + " (kept the last good snapshot '" + name + "')");
        }
        return Finding.warning("CODESET-BUILD", Location.path(name, ""),
                "rebuilding failed: " + e.getMessage() + " (kept the last good snapshot '" + name + "')");
    }
}

package org.medcoder.claims.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Interchange control numbers that increase and persist per sender: one small properties file
 * ({@code control-numbers.properties}, sender id → last number used) in a folder such as {@code ~/.medcoder}.
 * Each {@link #next} takes an exclusive file lock, reads, increments and replaces the file atomically, so two
 * processes never hand out the same number and a crash never leaves a half-written file. TR3 appendix B: ISA13
 * must be unique per sender; numbers wrap from 999999999 to 1.
 */
public final class ControlNumbers {

    /** File locks are held per JVM, not per thread: threads of one process take turns here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path dir;

    private ControlNumbers(Path dir) {
        this.dir = dir;
    }

    /** Control numbers kept in {@code dir} (created when missing). */
    public static ControlNumbers in(Path dir) {
        return new ControlNumbers(dir);
    }

    /** The next control number for a sender, persisted before it is returned. */
    public long next(String senderId) {
        synchronized (IN_PROCESS) {
            return nextLocked(senderId);
        }
    }

    private long nextLocked(String senderId) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("control-numbers.properties");
            try (FileChannel lockChannel = FileChannel.open(dir.resolve("control-numbers.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockChannel.lock()) {
                Properties numbers = new Properties();
                if (Files.exists(file)) {
                    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        numbers.load(in);
                    }
                }
                long last = Long.parseLong(numbers.getProperty(senderId, "0"));
                long next = last >= Envelope.MAX_CONTROL_NUMBER ? 1 : last + 1;
                numbers.setProperty(senderId, Long.toString(next));
                replace(file, numbers);
                return next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update control numbers in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void replace(Path file, Properties numbers) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "control-numbers", ".tmp");
        try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            numbers.store(out, "medcoder X12 interchange control numbers, last used per sender");
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

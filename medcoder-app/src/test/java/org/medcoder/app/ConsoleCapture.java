package org.medcoder.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that run {@link Main#run}: captures {@code System.out}/{@code System.err} and points the snapshot cache
 * ({@code medcoder.cache}) at a fresh temporary folder for each test, restoring both afterwards.
 */
final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private PrintStream oldOut;
    private PrintStream oldErr;
    private Path cache;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        cache = Files.createTempDirectory("medcoder-cache");
        System.setProperty("medcoder.cache", cache.toString());
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.clearProperty("medcoder.cache");
        try (var files = Files.walk(cache)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Runs {@link Main#run} with fresh output buffers and returns its exit status and what it wrote. */
    CommandRunner.Result run(String... args) {
        out.reset();
        err.reset();
        int exit = Main.run(args);
        return new CommandRunner.Result(exit, out(), err());
    }

    /** What the command wrote to standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the command wrote to standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

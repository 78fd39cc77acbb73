package org.medcoder.codesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The hand-written ICD-10-CM excerpts laid out as a data folder, under the agencies' file names the loaders look
 * for ({@code icd10cm/excerpt/LAYOUT.tsv} maps each excerpt to its place). The excerpts themselves carry other
 * names, so that nothing in the repository looks like a copy of an official file.
 */
public final class IcdCmFixture {

    /** The excerpts and their layout file, relative to this module. */
    public static final Path EXCERPTS = Path.of("src/test/resources/icd10cm/excerpt");

    private static Path folder;

    private IcdCmFixture() {
    }

    /** A data folder holding the ICD-10-CM excerpts, made once per test JVM and deleted when it exits. */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = layOut(EXCERPTS, Files.createTempDirectory("medcoder-icd10cm-fixture"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path made = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
        }
        return folder;
    }

    /** Copies the excerpts of {@code excerpts} into {@code data} as its {@code LAYOUT.tsv} says; returns {@code data}. */
    public static Path layOut(Path excerpts, Path data) throws IOException {
        for (String line : Files.readAllLines(excerpts.resolve("LAYOUT.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Path target = data.resolve(cols[1]);
            Files.createDirectories(target.getParent());
            Files.copy(excerpts.resolve(cols[0]), target);
        }
        return data;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort at JVM exit: a leftover temporary folder is harmless
        }
    }
}

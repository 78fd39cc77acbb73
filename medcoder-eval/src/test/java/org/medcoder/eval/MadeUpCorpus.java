package org.medcoder.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A two-document corpus made up for these tests ({@code src/test/resources/codiesp/v4}), laid out as CodiEsp is
 * in a temporary folder: the made-up notes are kept under {@code dev/notes/} so that nothing in the repository
 * looks like CodiEsp's own {@code text_files_en} folder, and are copied there for the corpus reader.
 */
final class MadeUpCorpus {

    private static final Path SOURCE = Path.of("src/test/resources/codiesp/v4");
    private static Path folder;

    private MadeUpCorpus() {
    }

    /** The corpus folder, made once per test JVM and deleted when it exits. */
    static synchronized Path folder() {
        if (folder == null) {
            try {
                Path root = Files.createTempDirectory("medcoder-codiesp-fixture");
                Path dev = Files.createDirectories(root.resolve("dev/text_files_en"));
                root.toFile().deleteOnExit();
                root.resolve("dev").toFile().deleteOnExit();
                dev.toFile().deleteOnExit();
                for (String tsv : new String[] {"devD.tsv", "devP.tsv"}) {
                    copy(SOURCE.resolve("dev").resolve(tsv), root.resolve("dev").resolve(tsv));
                }
                try (Stream<Path> notes = Files.list(SOURCE.resolve("dev/notes"))) {
                    for (Path n : notes.toList()) {
                        copy(n, dev.resolve(n.getFileName()));
                    }
                }
                folder = root;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to);
        to.toFile().deleteOnExit();
    }
}

package org.medcoder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Data folders for command tests, laid out from medcoder-codesets' hand-written excerpts under the agencies' file
 * names the loaders look for (the excerpts carry other names; see that module's {@code FIXTURES.md}).
 */
final class CodeSetFixtures {

    private static final Path RESOURCES = Path.of("../medcoder-codesets/src/test/resources");

    private static Path icd10cmFolder;

    private CodeSetFixtures() {
    }

    /** A temporary data folder with the ICD-10-CM excerpts, made once per test JVM (removed when it exits). */
    static synchronized Path icd10cmFolder() {
        if (icd10cmFolder == null) {
            try {
                icd10cmFolder = icd10cm(Files.createTempDirectory("medcoder-app-fixture"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path made = icd10cmFolder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
        }
        return icd10cmFolder;
    }

    /** Copies the ICD-10-CM excerpts into {@code data} as {@code icd10cm/excerpt/LAYOUT.tsv} says; returns {@code data}. */
    static Path icd10cm(Path data) throws IOException {
        Path excerpts = RESOURCES.resolve("icd10cm/excerpt");
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

    /** Adds the ICD-10-PCS excerpts (plain tables and order file) and the HCPCS 2019 excerpt to {@code data}. */
    static void icd10pcsAndHcpcs(Path data) throws IOException {
        Path pcs = Files.createDirectories(data.resolve("icd10pcs"));
        Files.copy(RESOURCES.resolve("icd10pcs/2026/tables-excerpt.xml"), pcs.resolve("icd10pcs_tables_2026.xml"));
        Files.copy(RESOURCES.resolve("icd10pcs/2026/order-excerpt.txt"), pcs.resolve("icd10pcs_order_2026.txt"));
        Path hcpcs = Files.createDirectories(data.resolve("hcpcs"));
        Files.copy(RESOURCES.resolve("hcpcs/2019/HCPC2019_CONTR_ANWEB.txt"), hcpcs.resolve("HCPC2019_CONTR_ANWEB.txt"));
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

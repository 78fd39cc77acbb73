package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** search on the fixture folders of medcoder-codesets (ICD-10-CM, ICD-10-PCS and HCPCS excerpts). */
class SearchCommandTest {

    private static final Path RESOURCES = Path.of("../medcoder-codesets/src/test/resources");

    @TempDir
    Path data;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeEach
    void setUp() throws IOException {
        copyTree(RESOURCES.resolve("icd10cm/fixture"), data);
        Files.createDirectories(data.resolve("icd10pcs"));
        for (String n : new String[] {"icd10pcs_tables_2026.xml", "icd10pcs_order_2026.txt"}) {
            Files.copy(RESOURCES.resolve("icd10pcs/2026").resolve(n), data.resolve("icd10pcs").resolve(n));
        }
        Files.createDirectories(data.resolve("hcpcs"));
        Files.copy(RESOURCES.resolve("hcpcs/2019/HCPC2019_CONTR_ANWEB.txt"), data.resolve("hcpcs/HCPC2019_CONTR_ANWEB.txt"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void search_procedureWord_listsPcsCodesExitZero() {
        assertThat(Main.run("search", "--data", data.toString(), "--dos", "2026-05-01", "--system", "icd10pcs",
                "appendectomy")).isZero();
        assertThat(console.out()).contains("0DTJ4ZZ").contains("Resection of Appendix").doesNotContain("J1100");
    }

    @Test
    void search_json_hasResultsWithSystemAndRelease() {
        assertThat(Main.run("search", "--data", data.toString(), "--dos", "2019-06-01", "--system", "hcpcs", "--json",
                "dexamethasone")).isZero();
        assertThat(console.out()).contains("\"code\" : \"J1100\"").contains("\"system\" : \"HCPCS\"").contains("\"release\" : \"2019\"");
    }

    @Test
    void search_nothingFound_exitOne() {
        assertThat(Main.run("search", "--data", data.toString(), "--dos", "2026-05-01", "zzqqxx")).isEqualTo(1);
        assertThat(console.out()).contains("No matches.");
    }

    @Test
    void search_badSystemOrLimit_oneLineExitTwo() {
        assertThat(Main.run("search", "--data", data.toString(), "--system", "icd9", "fever")).isEqualTo(2);
        assertThat(console.err()).contains("unknown code system 'icd9'").doesNotContain("at org.");
        assertThat(Main.run("search", "--data", data.toString(), "--limit", "0", "fever")).isEqualTo(2);
        assertThat(console.err()).contains("--limit must be 1..1000");
    }
}

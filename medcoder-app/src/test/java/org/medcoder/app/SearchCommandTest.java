package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** search on the fixture folders of medcoder-codesets (ICD-10-CM, ICD-10-PCS and HCPCS excerpts). */
class SearchCommandTest {

    @TempDir
    Path data;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeEach
    void setUp() throws IOException {
        CodeSetFixtures.icd10pcsAndHcpcs(CodeSetFixtures.icd10cm(data));
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

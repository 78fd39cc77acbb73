package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** lookup, validate and data status on the ICD-10-CM fixture folder of medcoder-codesets. */
class CodeSetCommandsTest {

    /** A data folder with the ICD-10-CM excerpts, shared by the command tests that need only those. */
    static final String DATA = CodeSetFixtures.icd10cmFolder().toString();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void validate_allBillable_exitZero() {
        assertThat(Main.run("validate", "--data", DATA, "--dos", "2026-05-01", "E11.22", "T40.2X5A")).isZero();
        assertThat(console.out()).contains("E11.22  VALID").contains("T40.2X5A  VALID");
    }

    @Test
    void validate_oneInvalid_exitOneWithReason() {
        assertThat(Main.run("validate", "--data", DATA, "--dos", "2026-05-01", "E11.22", "T40.25A")).isEqualTo(1);
        assertThat(console.out()).contains("T40.25A  MISSING_PLACEHOLDER").contains("T40.2X5A");
    }

    @Test
    void validate_malformedCode_oneLineExitTwo() {
        assertThat(Main.run("validate", "--data", DATA, "E11..2")).isEqualTo(2);
        assertThat(console.err().strip()).doesNotContain("\n").contains("E11..2");
    }

    @Test
    void lookup_unknownOption_exitTwo() {
        assertThat(Main.run("lookup", "--data", DATA, "--nope", "E11.22")).isEqualTo(2);
        assertThat(console.err()).contains("--nope");
    }

    @Test
    void lookup_code_showsHierarchyInheritedNotesAndSource() {
        assertThat(Main.run("lookup", "--data", DATA, "--dos", "2026-05-01", "S72.321A")).isZero();
        assertThat(console.out()).contains("chapter      19").contains("category     S72")
                .contains("[category S72] excludes1  (icd10cm_tabular_2023.xml (FY2023))")
                .contains("7th characters (from S72)").contains("A  initial encounter for closed fracture");
    }

    @Test
    void lookup_json_isParsable() throws Exception {
        assertThat(Main.run("lookup", "--data", DATA, "--dos", "2026-05-01", "--json", "E87.2")).isZero();
        var node = Json.mapper().readTree(console.out());
        assertThat(node.get("billable").asBoolean()).isFalse();
        assertThat(node.get("billableBelow").size()).isEqualTo(4);
    }

    @Test
    void dataStatus_listsBothReleasesWithSources() {
        assertThat(Main.run("data", "status", "--data", DATA)).isZero();
        assertThat(console.out()).contains("icd10cm FY2026  2025-10-01..2026-09-30  official")
                .contains("icd10cm FY2027  2026-10-01..2027-09-30  DERIVED").contains("sha256 ");
    }
}

package org.medcoder.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.core.Finding;
import org.medcoder.core.IcdCmCode;

/**
 * The FY2026 Tabular addenda ({@code icd10cm-addenda-2026.zip!icd10cm-tabular-addenda-2026.pdf}) laid over the
 * FY2023 Tabular XML; each change asserted here was read in the PDF (page 1 line 7, page 3 lines 7-14, page 7
 * line 17, page 11 lines 22-24, page 24 line 7).
 */
class TabularAddendaIT {

    private static final String PDF = "icd10cm-tabular-addenda-2026.pdf (FY2026)";

    @TempDir
    static Path cache;

    static Path data;
    static IcdCmRelease fy2026;

    @BeforeAll
    static void load() {
        String dir = System.getProperty("medcoder.data", "");
        data = Path.of(dir);
        if (dir.isEmpty() || !Files.isDirectory(data.resolve("icd10cm"))) {
            throw new IllegalStateException("official data folder missing: set -Dmedcoder.data=DIR (expected ../shared/data), was '" + dir + "'");
        }
        fy2026 = CodeSetsLoader.load(data, cache).icd10cm(IcdCmReleaseIT.FY2026);
    }

    private static List<TabularNote> fromAddenda(String code, NoteKind kind) {
        return fy2026.notes(IcdCmCode.parse(code)).stream().map(AppliedNote::note)
                .filter(n -> n.kind() == kind && n.source().equals(PDF)).toList();
    }

    @Test
    void b18_useAdditionalCodeForAscites() {
        assertThat(fromAddenda("B18.2", NoteKind.USE_ADDITIONAL_CODE)).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("code, if applicable, for ascites (R18.8)");
            assertThat(n.references()).extracting(CodeRange::toString).containsExactly("R18.8");
        });
    }

    @Test
    void newCodes_codeFirstAndCodeAlsoNotes() {
        assertThat(fromAddenda("E88.14", NoteKind.CODE_FIRST)).flatExtracting(TabularNote::references)
                .extracting(CodeRange::toString).containsExactly("B20");
        assertThat(fromAddenda("H05.83", NoteKind.CODE_ALSO)).flatExtracting(TabularNote::references)
                .extracting(CodeRange::toString).containsExactly("E06.3", "E05.0");
        assertThat(fromAddenda("H05.83", NoteKind.INCLUSION_TERM)).extracting(TabularNote::text).contains("Thyroid eye disease");
        assertThat(fromAddenda("M05.A", NoteKind.CODE_FIRST)).hasSize(1);
    }

    @Test
    void d538_excludes1MadeExcludes2() {
        List<TabularNote> notes = fy2026.notes(IcdCmCode.parse("D53.8")).stream().map(AppliedNote::note).toList();
        assertThat(notes).noneMatch(n -> n.kind() == NoteKind.EXCLUDES1 && n.text().contains("copper deficiency"));
        assertThat(notes).anyMatch(n -> n.kind() == NoteKind.EXCLUDES2 && n.text().equals("copper deficiency NOS (E61.0)"));
    }

    @Test
    void release_namesTheAddendaAmongItsSources() {
        assertThat(fy2026.info().sources()).anySatisfy(s -> {
            assertThat(s.path()).endsWith("icd10cm-tabular-addenda-2026.pdf");
            assertThat(s.role()).isEqualTo("tabular-addenda");
        });
    }

    @Test
    void leftOut_fewAndEachWithPageAndLine() {
        List<Finding> left = CodeSetsLoader.icd10cmAddendaLeftOut(data, cache, f -> { });
        // the Tabular PDF's few (7 measured), and the Index PDF's terms of FY2024/FY2025 not in the FY2023 index (54)
        assertThat(left).filteredOn(f -> f.location().source().contains("tabular-addenda")).hasSizeBetween(1, 20);
        assertThat(left).filteredOn(f -> f.location().source().contains("index-addenda")).hasSizeBetween(1, 70);
        assertThat(left).allSatisfy(f -> assertThat(f.location().path()).matches("page \\d+ line \\d+"));
    }
}

package org.medcoder.codesets.icd10pcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.internal.SnapshotCache;
import org.medcoder.core.Finding;
import org.medcoder.core.PcsCode;

public class PcsLoaderTest {

    static final String FIXTURES = "/icd10pcs/2026/";
    /** The hand-written excerpts (see FIXTURES.md), by the official file name each stands in for. */
    private static final Map<String, String> EXCERPTS = Map.of("icd10pcs_tables_2026.xml", "tables-excerpt.xml",
            "icd10pcs_definitions_2026.xml", "definitions-excerpt.xml", "icd10pcs_order_2026.txt", "order-excerpt.txt");

    @TempDir
    Path data;

    private final List<Finding> warnings = new ArrayList<>();

    /** The excerpt standing in for the official file {@code name}. */
    static byte[] fixture(String name) throws IOException {
        try (InputStream in = PcsLoaderTest.class.getResourceAsStream(FIXTURES + EXCERPTS.get(name))) {
            return in.readAllBytes();
        }
    }

    /** Lays the excerpts out in {@code data} as the official files are: tables and definitions plain, order file zipped. */
    public static void plainLayout(Path data) throws IOException {
        Path dir = Files.createDirectories(data.resolve("icd10pcs"));
        for (String n : List.of("icd10pcs_tables_2026.xml", "icd10pcs_definitions_2026.xml")) {
            Files.write(dir.resolve(n), fixture(n));
        }
        zip(dir.resolve("2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip"), "icd10pcs_order_2026.txt",
                fixture("icd10pcs_order_2026.txt"));
    }

    static void zip(Path zipFile, String member, byte[] content) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            z.putNextEntry(new ZipEntry(member));
            z.write(content);
            z.closeEntry();
        }
    }

    @Test
    void load_fixture_expandsTablesAndMatchesOrderFile() throws IOException {
        plainLayout(data);
        PcsRelease r = single(PcsLoader.load(data, warnings::add));
        assertThat(r.codeCount()).isEqualTo(10);
        assertThat(r.info().version()).isEqualTo("FY2026");
        assertThat(r.info().counts()).containsEntry("order.valid", 10L).containsEntry("order.headers", 2L)
                .containsEntry("tables", 2L).containsEntry("rows", 3L);
        assertThat(r.info().sources()).extracting(s -> s.path()).containsExactly(
                "icd10pcs/icd10pcs_tables_2026.xml", "icd10pcs/icd10pcs_definitions_2026.xml",
                "icd10pcs/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip!icd10pcs_order_2026.txt");
        assertThat(warnings).isEmpty();
    }

    @Test
    void isValid_fixture_followsRowsNotCrossCombinations() throws IOException {
        plainLayout(data);
        PcsRelease r = single(PcsLoader.load(data, warnings::add));
        assertThat(r.isValid(PcsCode.parse("0DTJ4ZZ"))).isTrue();
        assertThat(r.title(PcsCode.parse("0dtj4zz"))).contains("Resection of Appendix, Percutaneous Endoscopic Approach");
        assertThat(r.shortTitle(PcsCode.parse("0DTJ4ZZ"))).contains("Resection of Appendix, Perc Endo Approach");
        // Approach 4 belongs to the appendix row only; approach 7 to the esophagus/stomach row only.
        assertThat(r.isValid(PcsCode.parse("0DT54ZZ"))).isFalse();
        assertThat(r.isValid(PcsCode.parse("0DTJ7ZZ"))).isFalse();
        assertThat(r.isValid(PcsCode.parse("0DB50ZZ"))).isFalse();
        assertThat(r.title(PcsCode.parse("0DT54ZZ"))).isEmpty();
        assertThat(r.table("0DT").orElseThrow().operationDefinition()).startsWith("Cutting out or off");
        assertThat(r.definitions()).hasSize(2);
        assertThat(r.deviceAggregations().get(0).parentCode()).isEqualTo('7');
    }

    @Test
    void load_gzipTablesAndNewerYear_detectedFromFileNames() throws IOException {
        Path dir = Files.createDirectories(data.resolve("icd10pcs"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("icd10pcs_tables_2027.xml.gz")))) {
            out.write(fixture("icd10pcs_tables_2026.xml"));
        }
        zip(dir.resolve("order.zip"), "icd10pcs_order_2027.txt", fixture("icd10pcs_order_2026.txt"));
        PcsRelease r = single(PcsLoader.load(data, warnings::add));
        assertThat(r.info().version()).isEqualTo("FY2027");
        assertThat(r.info().period().start()).hasToString("2026-10-01");
        assertThat(r.codeCount()).isEqualTo(10);
        assertThat(warnings).extracting(Finding::ruleId).containsExactly("PCS-MISSING-FILE");
    }

    @Test
    void load_orderFileDisagrees_warnsWithExamples() throws IOException {
        plainLayout(data);
        String order = new String(fixture("icd10pcs_order_2026.txt"), StandardCharsets.ISO_8859_1)
                .replace("0DTJ0ZZ", "0DTJ8ZZ");
        zip(data.resolve("icd10pcs/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip"),
                "icd10pcs_order_2026.txt", order.getBytes(StandardCharsets.ISO_8859_1));
        PcsRelease r = single(PcsLoader.load(data, warnings::add));
        assertThat(r.isValid(PcsCode.parse("0DTJ0ZZ"))).isTrue();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.ruleId()).isEqualTo("PCS-ORDER-MISMATCH");
            assertThat(w.message()).contains("0DTJ0ZZ").contains("0DTJ8ZZ");
        });
    }

    @Test
    void load_currentSnapshot_describedAtOnceReadOnFirstUse() throws IOException {
        plainLayout(data);
        SnapshotCache cache = new SnapshotCache(data.resolve("cache"));
        PcsRelease built = single(PcsLoader.load(data, cache, warnings::add));
        PcsRelease again = single(PcsLoader.load(data, cache, warnings::add));
        assertThat(built).isInstanceOf(TablePcsRelease.class);
        assertThat(again).isInstanceOf(LazyPcsRelease.class);
        assertThat(again.info()).isEqualTo(built.info());
        assertThat(again.codes().toList()).isEqualTo(built.codes().toList());
        assertThat(again.title(PcsCode.parse("0DTJ4ZZ"))).isEqualTo(built.title(PcsCode.parse("0DTJ4ZZ")));
        assertThat(warnings).isEmpty();
    }

    @Test
    void load_sourceBrokenAfterSnapshot_keepsLastGoodAndWarnsAtLoad() throws IOException {
        plainLayout(data);
        SnapshotCache cache = new SnapshotCache(data.resolve("cache"));
        PcsRelease built = single(PcsLoader.load(data, cache, warnings::add));
        String xml = new String(fixture("icd10pcs_tables_2026.xml"), StandardCharsets.UTF_8);
        Files.writeString(data.resolve("icd10pcs/icd10pcs_tables_2026.xml"), xml.substring(0, xml.indexOf("<pcsRow codes=\"2\">")));
        PcsRelease kept = single(PcsLoader.load(data, cache, warnings::add));
        assertThat(warnings).singleElement().satisfies(w ->
                assertThat(w.message()).contains("icd10pcs/icd10pcs_tables_2026.xml:").contains("kept the last good snapshot"));
        assertThat(kept.codeCount()).isEqualTo(built.codeCount());
    }

    @Test
    void load_cutOffTables_errorNamesFileAndLine() throws IOException {
        plainLayout(data);
        String xml = new String(fixture("icd10pcs_tables_2026.xml"), StandardCharsets.UTF_8);
        Files.writeString(data.resolve("icd10pcs/icd10pcs_tables_2026.xml"), xml.substring(0, xml.indexOf("<pcsRow codes=\"2\">")));
        assertThatThrownBy(() -> PcsLoader.load(data, warnings::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("icd10pcs/icd10pcs_tables_2026.xml:")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void load_badLabelCode_errorNamesElement() throws IOException {
        plainLayout(data);
        String xml = new String(fixture("icd10pcs_tables_2026.xml"), StandardCharsets.UTF_8)
                .replace("<label code=\"J\">Appendix", "<label code=\"O\">Appendix");
        Files.writeString(data.resolve("icd10pcs/icd10pcs_tables_2026.xml"), xml);
        assertThatThrownBy(() -> PcsLoader.load(data, warnings::add))
                .hasMessageMatching("icd10pcs/icd10pcs_tables_2026\\.xml:\\d+: <label code=\"O\">: not a single ICD-10-PCS.*");
    }

    @Test
    void load_rowWithoutQualifier_errorNamesRow() throws IOException {
        plainLayout(data);
        String xml = new String(fixture("icd10pcs_tables_2026.xml"), StandardCharsets.UTF_8);
        int row = xml.lastIndexOf("<axis pos=\"7\"");
        int end = xml.indexOf("</axis>", row) + "</axis>".length();
        Files.writeString(data.resolve("icd10pcs/icd10pcs_tables_2026.xml"), xml.substring(0, row) + xml.substring(end));
        assertThatThrownBy(() -> PcsLoader.load(data, warnings::add))
                .hasMessageMatching("icd10pcs/icd10pcs_tables_2026\\.xml:\\d+: <pcsRow>: .*axes 4-7.*");
    }

    @Test
    void load_shortOrderLine_errorNamesFileAndLine() throws IOException {
        plainLayout(data);
        String order = new String(fixture("icd10pcs_order_2026.txt"), StandardCharsets.ISO_8859_1);
        order = order.replace("Resection of Stomach, Open Approach                          Resection of Stomach, Open Approach", "Resection");
        zip(data.resolve("icd10pcs/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip"),
                "icd10pcs_order_2026.txt", order.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PcsLoader.load(data, warnings::add))
                .hasMessageStartingWith("icd10pcs/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip!icd10pcs_order_2026.txt:9: line too short");
    }

    @Test
    void load_zipThatIsNotAZip_clearError() throws IOException {
        plainLayout(data);
        Files.writeString(data.resolve("icd10pcs/2026-icd-10-pcs-order-file-long-and-abbreviated-titles.zip"), "not a zip");
        assertThatThrownBy(() -> PcsLoader.load(data, warnings::add)).hasMessageContaining("not a zip file");
    }

    private static PcsRelease single(List<PcsRelease> releases) {
        assertThat(releases).hasSize(1);
        return releases.get(0);
    }
}

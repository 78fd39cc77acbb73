package org.medcoder.codesets.hcpcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.internal.SnapshotCache;
import org.medcoder.core.Finding;
import org.medcoder.core.HcpcsCode;

class HcpcsLoaderTest {

    @TempDir
    Path data;

    private final List<Finding> warnings = new ArrayList<>();

    static String fixture() throws IOException {
        try (InputStream in = HcpcsLoaderTest.class.getResourceAsStream("/hcpcs/2019/HCPC2019_CONTR_ANWEB.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static void zip(Path zipFile, String member, String content) throws IOException {
        Files.createDirectories(zipFile.getParent());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            z.putNextEntry(new ZipEntry("README.txt"));
            z.write("not the data".getBytes(StandardCharsets.ISO_8859_1));
            z.putNextEntry(new ZipEntry(member));
            z.write(content.getBytes(StandardCharsets.ISO_8859_1));
            z.closeEntry();
        }
    }

    private HcpcsRelease loadSingle() {
        List<HcpcsRelease> releases = HcpcsLoader.load(data, warnings::add);
        assertThat(releases).hasSize(1);
        return releases.get(0);
    }

    @Test
    void load_annualFile_readsRecordsAndContinuations() throws IOException {
        zip(data.resolve("hcpcs/fallback-2019/2019-Alpha-Numeric-HCPCS-File.zip"), "HCPC2019_CONTR_ANWEB.txt", fixture());
        HcpcsRelease r = loadSingle();
        assertThat(r.info().version()).isEqualTo("2019");
        assertThat(r.info().period().start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(r.info().period().end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(r.info().counts()).containsEntry("codes", 3L).containsEntry("modifiers", 2L).containsEntry("terminated", 1L);
        assertThat(r.description(HcpcsCode.parse("A0426")))
                .contains("Ambulance service, advanced life support, non-emergency transport, level 1 (als 1)");
        HcpcsEntry j = r.entry(HcpcsCode.parse("j1100")).orElseThrow();
        assertThat(j.shortDescription()).isEqualTo("Dexamethasone sodium phos");
        assertThat(j.pricingIndicators()).containsExactly("51");
        assertThat(j.carriersManualRefs()).containsExactly("2049");
        assertThat(j.coverage()).isEqualTo("D");
        assertThat(j.betos()).isEqualTo("O1E");
        assertThat(j.typesOfService()).containsExactly("1", "P");
        assertThat(j.added()).contains(LocalDate.of(1982, 1, 1));
        assertThat(j.terminated()).isEmpty();
        assertThat(r.modifier("lt").orElseThrow().longDescription()).startsWith("Left side");
        assertThat(r.entries()).extracting(e -> e.code().value()).containsExactly("A0426", "G0001", "J1100");
    }

    @Test
    void load_currentSnapshot_describedAtOnceReadOnFirstUse() throws IOException {
        zip(data.resolve("hcpcs/x.zip"), "HCPC2019_CONTR_ANWEB.txt", fixture());
        SnapshotCache cache = new SnapshotCache(data.resolve("cache"));
        HcpcsRelease built = HcpcsLoader.load(data, cache, warnings::add).get(0);
        HcpcsRelease again = HcpcsLoader.load(data, cache, warnings::add).get(0);
        assertThat(built).isInstanceOf(ListedHcpcsRelease.class);
        assertThat(again).isInstanceOf(LazyHcpcsRelease.class);
        assertThat(again.info()).isEqualTo(built.info());
        assertThat(again.entries()).isEqualTo(built.entries());
        assertThat(again.modifier("LT")).isEqualTo(built.modifier("LT"));
    }

    @Test
    void entry_terminatedCode_isListedButNotActiveAfterTermination() throws IOException {
        zip(data.resolve("hcpcs/x.zip"), "HCPC2019_CONTR_ANWEB.txt", fixture());
        HcpcsEntry g = loadSingle().entry(HcpcsCode.parse("G0001")).orElseThrow();
        assertThat(g.actionCode()).isEqualTo("D");
        assertThat(g.isActiveOn(LocalDate.of(2012, 12, 31))).isTrue();
        assertThat(g.isActiveOn(LocalDate.of(2013, 1, 1))).isFalse();
    }

    @Test
    void load_fallbackFolder_markedOutdatedInProvenance() throws IOException {
        zip(data.resolve("hcpcs/fallback-2019/a.zip"), "HCPC2019_CONTR_ANWEB.txt", fixture());
        assertThat(loadSingle().info().provenance()).anyMatch(p -> p.startsWith("Outdated"));
        assertThat(warnings).extracting(Finding::ruleId).contains("HCPCS-OUTDATED");
    }

    @Test
    void load_quarterlyFiles_periodsFromNamesHighestVersionWins() throws IOException {
        String f = fixture();
        zip(data.resolve("hcpcs/january-2026-alpha-numeric-hcpcs-file.zip"), "HCPC2026_JAN_ANWEB_v2.txt", f);
        zip(data.resolve("hcpcs/january-2026-old.zip"), "HCPC2026_JAN_ANWEB_v1.txt", f.replace("Dexamethasone", "OLD"));
        Files.writeString(data.resolve("hcpcs/HCPC2026_JUL_ANWEB.txt"), f, StandardCharsets.ISO_8859_1);
        List<HcpcsRelease> rs = HcpcsLoader.load(data, warnings::add);
        assertThat(rs).extracting(r -> r.info().version()).containsExactly("2026-JAN", "2026-JUL");
        assertThat(rs.get(0).info().period()).hasToString("2026-01-01..2026-06-30");
        assertThat(rs.get(1).info().period()).hasToString("2026-07-01..2026-12-31");
        assertThat(rs.get(0).entry(HcpcsCode.parse("J1100")).orElseThrow().shortDescription()).startsWith("Dexamethasone");
        assertThat(warnings).extracting(Finding::ruleId).containsExactly("HCPCS-SUPERSEDED");
    }

    @Test
    void load_orphanContinuation_errorNamesFileAndLine() throws IOException {
        String f = fixture().replace("A0426001003", "A0427001003");
        zip(data.resolve("hcpcs/a.zip"), "HCPC2019_CONTR_ANWEB.txt", f);
        assertThatThrownBy(() -> HcpcsLoader.load(data, warnings::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hcpcs/a.zip!HCPC2019_CONTR_ANWEB.txt:9: continuation record (identifier 4) for A0426 "
                        + "does not follow its record 3");
    }

    @Test
    void load_truncatedRecord_errorNamesFileAndLine() throws IOException {
        String f = fixture();
        int j = f.indexOf("J1100");
        f = f.substring(0, j + 150) + "\r\n" + f.substring(f.indexOf("\r\n", j) + 2);
        Files.createDirectories(data.resolve("hcpcs"));
        Files.writeString(data.resolve("hcpcs/HCPC2019_CONTR_ANWEB.txt"), f, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> HcpcsLoader.load(data, warnings::add))
                .hasMessage("hcpcs/HCPC2019_CONTR_ANWEB.txt:10: record too short (150 columns; the layout needs 293)");
    }

    @Test
    void load_badDate_errorNamesColumns() throws IOException {
        String f = fixture().replace("1982010120010101", "1982013220010101");
        zip(data.resolve("hcpcs/a.zip"), "HCPC2019_CONTR_ANWEB.txt", f);
        assertThatThrownBy(() -> HcpcsLoader.load(data, warnings::add))
                .hasMessageContaining(":10: columns 269-276 (code added date) should be a date YYYYMMDD, was '19820132'");
    }

    @Test
    void load_garbageAfterRecords_errorNamesLine() throws IOException {
        zip(data.resolve("hcpcs/a.zip"), "HCPC2019_CONTR_ANWEB.txt", fixture() + "this is not a record\r\n");
        assertThatThrownBy(() -> HcpcsLoader.load(data, warnings::add)).hasMessageContaining(":12: not a HCPCS record");
    }

    @Test
    void load_noHcpcsFolder_noReleases() {
        assertThat(HcpcsLoader.load(data, warnings::add)).isEmpty();
    }
}

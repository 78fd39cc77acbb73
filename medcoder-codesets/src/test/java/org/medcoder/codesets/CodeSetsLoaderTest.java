package org.medcoder.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.core.Finding;
import org.medcoder.core.IcdCmCode;

class CodeSetsLoaderTest {

    static final Path FIXTURE = IcdCmFixture.folder();
    static final LocalDate FY2026 = LocalDate.of(2026, 5, 1);
    static final LocalDate FY2027 = LocalDate.of(2026, 11, 26);

    @TempDir
    Path cache;

    private CodeSets load() {
        return CodeSetsLoader.load(FIXTURE, cache);
    }

    private static IcdCmCode c(String code) {
        return IcdCmCode.parse(code);
    }

    @Test
    void load_fixture_officialAndDerivedReleasesByDate() {
        CodeSets sets = load();
        assertThat(sets.releases()).extracting(ReleaseInfo::version).containsExactly("FY2026", "FY2027");
        ReleaseInfo fy27 = sets.icd10cm(FY2027).info();
        assertThat(fy27.derived()).isTrue();
        assertThat(fy27.provenance()).anyMatch(p -> p.contains("DERIVED"));
        assertThat(fy27.sources()).anyMatch(s -> !s.official() && s.path().endsWith("derived-fy2027/added.csv"));
        assertThat(sets.icd10cm(FY2026).info().derived()).isFalse();
        assertThat(sets.icd10cm(FY2026).info().counts()).containsEntry("codes", 26L).containsEntry("billable", 14L);
        // +2 added, -1 deleted, 1 billable -> header
        assertThat(fy27.counts()).containsEntry("codes", 27L).containsEntry("billable", 14L);
    }

    @Test
    void icd10cm_dateWithoutRelease_namesDateAndPeriods() {
        assertThatThrownBy(() -> load().icd10cm(LocalDate.of(2019, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019-01-01").hasMessageContaining("FY2026 2025-10-01..2026-09-30");
    }

    @Test
    void icd10pcs_noneLoaded_throws() {
        assertThatThrownBy(() -> load().icd10pcs(FY2026)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no ICD-10-PCS release loaded");
    }

    @Test
    void derived_changes_appliedInTabularOrder() {
        IcdCmRelease r = load().icd10cm(FY2027);
        assertThat(r.entry(c("E11.29"))).isEmpty();
        assertThat(r.entry(c("E87.29")).orElseThrow().billable()).isFalse();
        assertThat(r.entry(c("E11.9")).orElseThrow().longTitle()).endsWith("revised");
        assertThat(r.children(c("E11.2"))).extracting(e -> e.code().dotted()).containsExactly("E11.21", "E11.22", "E11.23");
        assertThat(r.children(c("E87"))).extracting(e -> e.code().dotted()).containsExactly("E87.2", "E87.3");
    }

    @Test
    void notes_categoryNoteReachesCode_withLevelAndSource() {
        IcdCmRelease r = load().icd10cm(FY2026);
        List<AppliedNote> notes = r.notes(c("S72.321A"));
        assertThat(notes).anySatisfy(n -> {
            assertThat(n.level()).isEqualTo("category");
            assertThat(n.at()).isEqualTo("S72");
            assertThat(n.note().kind()).isEqualTo(NoteKind.EXCLUDES1);
            assertThat(n.note().source()).isEqualTo("icd10cm_tabular_2023.xml (FY2023)");
        });
        assertThat(notes.get(0).level()).isEqualTo("chapter");
        assertThat(r.seventhCharacters(c("S72.321A"))).extracting(SeventhCharacter::character).containsExactly('A', 'B', 'S');
        assertThat(r.seventhCharacterSource(c("S72.321"))).contains(c("S72"));
    }

    @Test
    void notes_codeAddedAfterTabular_inheritsAncestorNotes() {
        IcdCmRelease r = load().icd10cm(FY2027);
        List<AppliedNote> notes = r.notes(c("E11.23"));
        assertThat(notes).anyMatch(n -> n.at().equals("E11") && n.note().kind() == NoteKind.EXCLUDES1);
        assertThat(notes).noneMatch(n -> n.at().equals("E11.23"));
        assertThat(r.blockOf(c("E11.23")).orElseThrow().id()).isEqualTo("E08-E13");
        assertThat(r.chapterOf(c("E11.23")).orElseThrow().number()).isEqualTo(4);
    }

    @Test
    void releaseInfo_reportsMismatches() {
        ReleaseInfo info = load().icd10cm(FY2027).info();
        // index points to E85.4, I43 and N25.89 which the fixture code list does not have; E11.29 was deleted
        assertThat(info.counts()).containsEntry("mismatch.index.targetsNotInRelease", 4L)
                .containsEntry("mismatch.tabularCodesNotInRelease", 1L)
                .containsEntry("index.terms", 15L);
        assertThat(info.counts().get("notes.excludes1")).isEqualTo(6L);
    }

    @Test
    void load_secondTimeFromSnapshots_sameReleasesAndAnswers() {
        CodeSets first = load();
        CodeSets second = load();
        assertThat(second.releases()).isEqualTo(first.releases());
        for (LocalDate d : List.of(FY2026, FY2027)) {
            IcdCmRelease a = first.icd10cm(d);
            IcdCmRelease b = second.icd10cm(d);
            assertThat(b.entries()).isEqualTo(a.entries());
            assertThat(b.notes(c("S72.321A"))).isEqualTo(a.notes(c("S72.321A")));
            assertThat(b.index().mainTerms()).isEqualTo(a.index().mainTerms());
            assertThat(b.seventhCharacters(c("T40.2X5A"))).isEqualTo(a.seventhCharacters(c("T40.2X5A")));
        }
    }

    @Test
    void load_sourceBrokenAfterGoodLoad_keepsLastGoodSnapshotAndWarns() throws IOException {
        Path data = Files.createDirectories(cache.resolve("data"));
        copy(FIXTURE, data);
        Path cacheDir = cache.resolve("snapshots");
        CodeSetsLoader.load(data, cacheDir);
        Path tab = data.resolve("icd10cm/fy2023-xml/icd10cm_tabular_2023.xml");
        String xml = Files.readString(tab);
        Files.writeString(tab, xml.substring(0, xml.length() / 2));
        List<Finding> warnings = new ArrayList<>();
        CodeSets sets = CodeSetsLoader.load(data, cacheDir, warnings::add);
        assertThat(warnings).singleElement().satisfies(f -> {
            assertThat(f.location().source()).isEqualTo("icd10cm/fy2023-xml/icd10cm_tabular_2023.xml");
            assertThat(f.location().line()).isPositive();
        });
        assertThat(sets.icd10cm(FY2026).notes(c("E11.22"))).isNotEmpty();
    }

    @Test
    void load_brokenSourceWithoutSnapshot_failsNamingFile() throws IOException {
        Path data = Files.createDirectories(cache.resolve("data2"));
        copy(FIXTURE, data);
        Path order = data.resolve("icd10cm/icd10cm_order_2026.txt");
        Files.writeString(order, Files.readString(order) + "00027 E1199   1 short\r\n");
        assertThatThrownBy(() -> CodeSetsLoader.load(data, cache.resolve("empty")))
                .hasMessageContaining("icd10cm/icd10cm_order_2026.txt:27");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}

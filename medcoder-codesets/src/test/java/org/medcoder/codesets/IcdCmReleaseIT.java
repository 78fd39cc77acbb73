package org.medcoder.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.IcdCmValidation.Status;
import org.medcoder.core.IcdCmCode;

/** The ICD-10-CM releases built from the full official files in {@code medcoder.data}. */
class IcdCmReleaseIT {

    static final LocalDate FY2026 = LocalDate.of(2026, 5, 1);
    static final LocalDate FY2027 = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path cache;

    static CodeSets sets;

    @BeforeAll
    static void load() {
        String dir = System.getProperty("medcoder.data", "");
        Path data = Path.of(dir);
        if (dir.isEmpty() || !Files.isDirectory(data.resolve("icd10cm"))) {
            throw new IllegalStateException("official data folder missing: set -Dmedcoder.data=DIR (expected ../shared/data), was '" + dir + "'");
        }
        sets = CodeSetsLoader.load(data, cache);
    }

    private static IcdCmCode c(String code) {
        return IcdCmCode.parse(code);
    }

    @Test
    void fy2026_orderFileCounts() {
        ReleaseInfo info = sets.icd10cm(FY2026).info();
        assertThat(info.version()).isEqualTo("FY2026");
        assertThat(info.derived()).isFalse();
        assertThat(info.counts()).containsEntry("codes", 98_186L).containsEntry("billable", 74_719L);
    }

    @Test
    void fy2027_derivedCounts() {
        ReleaseInfo info = sets.icd10cm(FY2027).info();
        assertThat(info.version()).isEqualTo("FY2027");
        assertThat(info.derived()).isTrue();
        assertThat(info.counts()).containsEntry("codes", 98_403L).containsEntry("billable", 74_879L).containsEntry("headers", 23_524L);
    }

    @Test
    void e1122_billableWithCkdStageNote() {
        IcdCmRelease r = sets.icd10cm(FY2026);
        assertThat(r.isBillable(c("E11.22"))).isTrue();
        assertThat(r.notes(c("E11.22"))).anySatisfy(n -> {
            assertThat(n.note().kind()).isEqualTo(NoteKind.USE_ADDITIONAL_CODE);
            assertThat(n.note().text()).contains("to identify stage of chronic kidney disease");
            assertThat(n.at()).isEqualTo("E11.22");
        });
    }

    @Test
    void e872_headerWithE8720() {
        IcdCmRelease r = sets.icd10cm(FY2026);
        assertThat(r.isBillable(c("E87.2"))).isFalse();
        assertThat(r.children(c("E87.2"))).extracting(e -> e.code().dotted()).contains("E87.20");
    }

    @Test
    void s72_headerAndSeventhCharacterCodes() {
        for (LocalDate d : new LocalDate[] {FY2026, FY2027}) {
            assertThat(IcdCmValidator.validate(sets, "S72.321A", d).status()).isEqualTo(Status.VALID);
            assertThat(IcdCmValidator.validate(sets, "S72.321", d).status()).isEqualTo(Status.MISSING_SEVENTH_CHARACTER);
            assertThat(sets.icd10cm(d).entry(c("S72.321")).orElseThrow().billable()).isFalse();
        }
    }

    @Test
    void t40_placeholder() {
        assertThat(IcdCmValidator.validate(sets, "T40.2X5A", FY2027).ok()).isTrue();
        IcdCmValidation bad = IcdCmValidator.validate(sets, "T40.25A", FY2027);
        assertThat(bad.status()).isEqualTo(Status.MISSING_PLACEHOLDER);
        assertThat(bad.suggestions()).extracting(CodeTitle::code).contains("T40.2X5A");
    }

    @Test
    void s72_categoryNotesAndSeventhCharactersReachCode() {
        IcdCmRelease r = sets.icd10cm(FY2027);
        assertThat(r.seventhCharacters(c("S72.321A"))).hasSize(16)
                .anyMatch(s -> s.character() == 'A' && s.meaning().equals("initial encounter for closed fracture"));
        assertThat(r.notes(c("S72.321A"))).anyMatch(n -> n.at().equals("S72") && n.level().equals("category")
                && n.note().kind() == NoteKind.SEVENTH_CHARACTER_NOTE && n.note().source().contains("FY2023"));
    }

    @Test
    void everyOrderFileCode_validates() {
        for (LocalDate d : new LocalDate[] {FY2026, FY2027}) {
            IcdCmRelease r = sets.icd10cm(d);
            for (IcdCmEntry e : r.entries()) {
                Status expected = e.billable() ? Status.VALID : null;
                IcdCmValidation v = IcdCmValidator.validate(sets, e.code().dotted(), d);
                if (expected != null) {
                    assertThat(v.status()).as(e.code().dotted()).isEqualTo(Status.VALID);
                } else {
                    assertThat(v.status()).as(e.code().dotted()).isIn(Status.HEADER, Status.MISSING_SEVENTH_CHARACTER);
                }
            }
        }
    }

    @Test
    void everyCodeHasChapterAndBlock() {
        IcdCmRelease r = sets.icd10cm(FY2027);
        for (IcdCmEntry e : r.entries()) {
            assertThat(r.chapterOf(e.code())).as(e.code().dotted()).isPresent();
            assertThat(r.blockOf(e.code())).as(e.code().dotted()).isPresent();
        }
    }
}

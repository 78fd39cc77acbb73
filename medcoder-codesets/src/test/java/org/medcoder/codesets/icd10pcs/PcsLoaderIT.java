package org.medcoder.codesets.icd10pcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.PcsAlphabet;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.Finding;
import org.medcoder.core.PcsCode;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** ICD-10-PCS FY2026 from the full official files in the data folder (system property {@code medcoder.data}). */
class PcsLoaderIT {

    private static PcsRelease fy2026;
    private static final List<Finding> warnings = new ArrayList<>();

    @BeforeAll
    static void load() {
        String dir = System.getProperty("medcoder.data");
        if (dir == null || !Files.isDirectory(Path.of(dir, "icd10pcs"))) {
            throw new IllegalStateException("official data folder missing: set -Dmedcoder.data to ../shared/data (was " + dir + ")");
        }
        List<PcsRelease> releases = PcsLoader.load(Path.of(dir), warnings::add);
        fy2026 = releases.stream().filter(r -> r.info().version().equals("FY2026")).findFirst().orElseThrow();
    }

    @Test
    void load_fy2026_tablesExpandToTheOrderFileCodes() {
        assertThat(fy2026.codeCount()).isEqualTo(79_115);
        assertThat(fy2026.codes().distinct().count()).isEqualTo(79_115);
        assertThat(fy2026.info().counts()).containsEntry("order.valid", 79_115L).containsEntry("tables", 914L)
                .containsEntry("rows", 2_733L);
        assertThat(warnings).isEmpty();
        assertThat(fy2026.info().provenance()).anyMatch(p -> p.contains("exactly the valid codes of the order file"));
    }

    @Test
    void load_fy2026_effectiveForTheFiscalYear() {
        assertThat(fy2026.info().period().start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(fy2026.info().period().end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(fy2026.info().sources()).extracting(s -> s.role()).containsExactly("tables", "definitions", "titles");
        assertThat(fy2026.info().sources()).allMatch(s -> s.sha256().length() == 64);
    }

    @Test
    void isValid_knownCodes_followTheTables() {
        assertThat(fy2026.isValid(PcsCode.parse("0DTJ4ZZ"))).isTrue();
        assertThat(fy2026.title(PcsCode.parse("0DTJ4ZZ"))).contains("Resection of Appendix, Percutaneous Endoscopic Approach");
        assertThat(fy2026.isValid(PcsCode.parse("0016070"))).isTrue();
        assertThat(fy2026.isValid(PcsCode.parse("0DTJ4Z0"))).isFalse();
        assertThat(fy2026.isValid(PcsCode.parse("0DTJXZZ"))).isFalse();
        assertThat(fy2026.axisValues(PcsCode.parse("0DTJ4ZZ"))).extracting(v -> v.label())
                .containsExactly("Medical and Surgical", "Gastrointestinal System", "Resection", "Appendix",
                        "Percutaneous Endoscopic", "No Device", "No Qualifier");
    }

    @Test
    void definitions_resection_isDefined() {
        assertThat(fy2026.definitions()).anyMatch(d -> d.section() == '0' && d.position() == 3
                && d.titles().contains("Resection") && d.definition().startsWith("Cutting out or off, without replacement"));
        assertThat(fy2026.deviceAggregations()).hasSize(60);
    }

    @Test
    void isValid_everyExpandedCode_validatesAndHasATitle() {
        fy2026.codes().forEach(c -> {
            assertThat(fy2026.isValid(c)).as(c.value()).isTrue();
            assertThat(fy2026.title(c)).as(c.value()).isPresent();
        });
    }

    @Test
    void isValid_randomOtherStrings_areInvalid() {
        Set<String> valid = new HashSet<>();
        fy2026.codes().forEach(c -> valid.add(c.value()));
        Gen<String> pcsChar = Generate.range(0, PcsAlphabet.SIZE - 1).map(i -> String.valueOf(PcsAlphabet.character(i)));
        Gen<String> code = pcsChar.zip(pcsChar, pcsChar, pcsChar, (a, b, c, d) -> a + b + c + d)
                .zip(pcsChar, pcsChar, pcsChar, (a, b, c, d) -> a + b + c + d);
        // Random strings of the PCS alphabet, and near misses: a valid table prefix with random characters 4-7.
        qt().withExamples(200_000).forAll(code).checkAssert(s ->
                assertThat(fy2026.isValid(new PcsCode(s))).as(s).isEqualTo(valid.contains(s)));
        List<String> prefixes = fy2026.tables().stream().map(t -> t.prefix()).toList();
        Gen<String> nearMiss = Generate.pick(prefixes).zip(pcsChar, pcsChar, pcsChar, (p, a, b, c) -> p + a + b + c)
                .zip(pcsChar, (p, d) -> p + d);
        qt().withExamples(200_000).forAll(nearMiss).checkAssert(s ->
                assertThat(fy2026.isValid(new PcsCode(s))).as(s).isEqualTo(valid.contains(s)));
    }
}

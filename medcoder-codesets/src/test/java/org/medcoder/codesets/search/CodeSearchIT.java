package org.medcoder.codesets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.core.CodeSystem;

/** Search over the full official files (ICD-10-CM FY2026, ICD-10-PCS FY2026, HCPCS 2019). */
class CodeSearchIT {

    @TempDir
    static Path cache;

    private static CodeSearch search;

    @BeforeAll
    static void build() throws IOException {
        String dir = System.getProperty("medcoder.data");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("official data folder missing: set -Dmedcoder.data to ../shared/data (was " + dir + ")");
        }
        CodeSets sets = CodeSetsLoader.load(Path.of(dir), cache);
        LocalDate dos = LocalDate.of(2026, 3, 1);
        search = CodeSearch.build(List.of(sets.icd10cm(dos)), List.of(sets.icd10pcs(dos)),
                List.of(sets.hcpcs(LocalDate.of(2019, 6, 1))));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<String> top5(String text) {
        return search.search(text, Set.of(), 5).stream().map(SearchHit::code).toList();
    }

    @Test
    void search_heartAttack_findsI219InTop5() {
        assertThat(top5("heart attack")).contains("I21.9");
    }

    @Test
    void search_kidneyStone_findsN200InTop5() {
        assertThat(top5("kidney stone")).contains("N20.0");
    }

    @Test
    void search_abbreviations_findTheirConditionsInTop5() {
        assertThat(top5("HTN")).contains("I10");
        assertThat(top5("T2DM")).contains("E11.9");
        assertThat(top5("COPD")).contains("J44.9");
        assertThat(top5("GERD")).contains("K21.9");
        assertThat(top5("UTI")).contains("N39.0");
        assertThat(top5("AFib")).contains("I48.91");
        assertThat(top5("BPH")).contains("N40.0");
        assertThat(top5("OSA")).contains("G47.33");
        assertThat(top5("NSTEMI")).contains("I21.4");
    }

    @Test
    void search_indexPath_findsTheIndexedCode() {
        assertThat(top5("Infarct, myocardial")).contains("I21.9");
    }

    @Test
    void search_procedureAndSupply_findPcsAndHcpcs() {
        assertThat(search.search("appendectomy", Set.of(CodeSystem.ICD10PCS), 5)).extracting(SearchHit::code)
                .contains("0DTJ4ZZ");
        assertThat(search.search("dexamethasone sodium phosphate", Set.of(CodeSystem.HCPCS), 5))
                .extracting(SearchHit::code).contains("J1100");
    }

    @Test
    void search_billableBeforeHeaderOfTheSameTitle() {
        List<String> hits = top5("calculus of kidney");
        assertThat(hits).contains("N20.0");
        assertThat(hits.indexOf("N20.0")).isLessThan(hits.indexOf("N20") < 0 ? 5 : hits.indexOf("N20"));
    }
}

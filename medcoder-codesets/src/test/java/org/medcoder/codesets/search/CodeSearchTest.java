package org.medcoder.codesets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoder.codesets.search.FakeIcdCmRelease.term;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.hcpcs.HcpcsLoader;
import org.medcoder.codesets.icd10pcs.PcsLoader;
import org.medcoder.codesets.icd10pcs.PcsLoaderTest;
import org.medcoder.core.CodeSystem;

class CodeSearchTest {

    @TempDir
    static Path data;

    private static CodeSearch search;

    @BeforeAll
    static void build() throws IOException {
        FakeIcdCmRelease cm = new FakeIcdCmRelease()
                .entry("I10", true, "Essential (primary) hypertension", "high blood pressure", "hypertension (arterial)")
                .entry("I21", false, "Acute myocardial infarction")
                .entry("I21.9", true, "Acute myocardial infarction, unspecified", "Myocardial infarction (acute) NOS")
                .entry("I21.4", true, "Non-ST elevation (NSTEMI) myocardial infarction")
                .entry("I25.2", true, "Old myocardial infarction")
                .entry("I51.9", true, "Heart disease, unspecified")
                .entry("N20", false, "Calculus of kidney and ureter")
                .entry("N20.0", true, "Calculus of kidney", "Nephrolithiasis NOS", "Renal calculus", "Staghorn calculus")
                .entry("N20.1", true, "Calculus of ureter")
                .entry("N28.9", true, "Disorder of kidney and ureter, unspecified")
                .entry("E11.9", true, "Type 2 diabetes mellitus without complications")
                .entry("R07.9", true, "Chest pain, unspecified")
                .indexTerm(term("Infarct, infarction", "", term("myocardium, myocardial", "I21.9",
                        term("old", "I25.2"))))
                .indexTerm(term("Stone(s)", "", term("kidney", "N20.0")));
        PcsLoaderTest.plainLayout(data);
        copy("/hcpcs/2019/", "hcpcs", "HCPC2019_CONTR_ANWEB.txt");
        search = CodeSearch.build(List.of(cm), PcsLoader.load(data, f -> { }), HcpcsLoader.load(data, f -> { }));
    }

    private static void copy(String resource, String folder, String... names) throws IOException {
        Path dir = Files.createDirectories(data.resolve(folder));
        for (String n : names) {
            try (InputStream in = CodeSearchTest.class.getResourceAsStream(resource + n)) {
                Files.copy(in, dir.resolve(n));
            }
        }
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<String> codes(String text, CodeSystem... systems) {
        return search.search(text, Set.of(systems), 5).stream().map(SearchHit::code).toList();
    }

    @Test
    void search_heartAttack_findsAcuteMyocardialInfarctionFirst() {
        assertThat(codes("heart attack")).first().isEqualTo("I21.9");
    }

    @Test
    void search_kidneyStone_findsCalculusOfKidneyFirst() {
        assertThat(codes("kidney stone")).first().isEqualTo("N20.0");
        assertThat(codes("kidney stones")).first().isEqualTo("N20.0");
    }

    @Test
    void search_abbreviations_expandToClassificationWords() {
        assertThat(codes("HTN")).first().isEqualTo("I10");
        assertThat(codes("T2DM")).first().isEqualTo("E11.9");
        assertThat(codes("dm2")).first().isEqualTo("E11.9");
        assertThat(codes("NSTEMI")).first().isEqualTo("I21.4");
    }

    @Test
    void search_sameMatch_billableOutranksHeader() {
        List<String> hits = codes("acute myocardial infarction");
        assertThat(hits.indexOf("I21.9")).isLessThan(hits.indexOf("I21"));
    }

    @Test
    void search_indexPath_reportsWhatMatched() {
        SearchHit old = search.search("infarct old", Set.of(), 5).get(0);
        assertThat(old.code()).isEqualTo("I25.2");
        SearchHit hit = search.search("nephrolithiasis", Set.of(), 5).get(0);
        assertThat(hit.code()).isEqualTo("N20.0");
        assertThat(hit.matched()).isEqualTo("Nephrolithiasis NOS");
    }

    @Test
    void search_codeText_findsTheCode() {
        assertThat(codes("i21.9")).first().isEqualTo("I21.9");
        assertThat(codes("0DTJ4ZZ")).first().isEqualTo("0DTJ4ZZ");
        assertThat(codes("J1100")).first().isEqualTo("J1100");
    }

    @Test
    void search_systemFilter_keepsOtherSystemsOut() {
        assertThat(search.search("appendectomy", Set.of(CodeSystem.ICD10PCS), 5))
                .isNotEmpty().allMatch(h -> h.system() == CodeSystem.ICD10PCS)
                .extracting(SearchHit::code).contains("0DTJ4ZZ", "0DTJ0ZZ");
        assertThat(search.search("dexamethasone", Set.of(CodeSystem.HCPCS), 5)).extracting(SearchHit::code)
                .containsExactly("J1100");
        assertThat(search.search("dexamethasone", Set.of(CodeSystem.ICD10CM), 5)).isEmpty();
    }

    @Test
    void search_britishSpelling_findsAmericanTitle() {
        assertThat(search.search("oesophagus resection", Set.of(CodeSystem.ICD10PCS), 5)).extracting(SearchHit::code)
                .contains("0DT50ZZ");
    }

    @Test
    void cached_secondOpen_reusesTheIndexOnDisk() throws IOException {
        FakeIcdCmRelease cm = new FakeIcdCmRelease().entry("I10", true, "Essential (primary) hypertension");
        Path cache = data.resolve("cache");
        try (CodeSearch first = CodeSearch.cached(cache, List.of(cm), List.of(), List.of())) {
            assertThat(first.search("HTN", Set.of(), 5)).extracting(SearchHit::code).containsExactly("I10");
        }
        List<Path> dirs;
        try (var s = Files.list(cache)) {
            dirs = s.toList();
        }
        assertThat(dirs).singleElement().satisfies(d -> assertThat(d.getFileName().toString()).startsWith("search-"));
        long built = Files.getLastModifiedTime(dirs.get(0).resolve("complete")).toMillis();
        try (CodeSearch second = CodeSearch.cached(cache, List.of(cm), List.of(), List.of())) {
            assertThat(second.size()).isEqualTo(1);
            assertThat(second.search("hypertension", Set.of(), 5)).extracting(SearchHit::code).containsExactly("I10");
        }
        assertThat(Files.getLastModifiedTime(dirs.get(0).resolve("complete")).toMillis()).isEqualTo(built);
    }

    @Test
    void search_badInput_clearErrors() {
        assertThatThrownBy(() -> search.search("  ", Set.of(), 5)).hasMessage("search text is empty");
        assertThatThrownBy(() -> search.search("x", Set.of(), 0)).hasMessage("limit must be 1..1000, was 0");
        assertThat(search.search("zzzzqqq", Set.of(), 5)).isEmpty();
    }
}

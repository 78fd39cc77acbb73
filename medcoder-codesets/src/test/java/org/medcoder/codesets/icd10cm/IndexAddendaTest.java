package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IndexTerm;

/**
 * The Alphabetic Index addenda reader on small PDFs made here with PDFBox in the addenda's layout (every line at the
 * same x, the level in leading "-" marks, main terms bold), with terms of our own, laid over a small index.
 */
class IndexAddendaTest {

    private static final String NEW = "test-index-addenda-2099.pdf (FY2099)";

    private static IndexTerm t(String title, String code, IndexTerm... sub) {
        return new IndexTerm(title, List.of(), code, "", "", "", "", List.of(), List.of(sub));
    }

    private static IndexTerm withModifier(String title, String nemod, String code, IndexTerm... sub) {
        return new IndexTerm(title, List.of(nemod), code, "", "", "", "", List.of(), List.of(sub));
    }

    /** A made-up index: Gadget disorder > left side > distal; Widget syndrome; Zephyr (acute). */
    private static final IndexBook BASE = new IndexBook(List.of(), List.of(
            t("Gadget disorder", "R68.89", t("left side", "R68.83", t("distal", "R68.84")), t("tingling", "R20.2")),
            withModifier("Widget syndrome", "(chronic) (mild)", "R68.81",
                    withModifier("sensory DNA test", "(SDT)", "R68.82")),
            t("Zephyr", "R68.89")), "test-index.xml (FY2023)", 2023);

    private IndexChanges.Applied applied(List<AddendaTestPdf.Printed> lines) {
        AddendaPdf.Read<IndexAddenda.Change> read = IndexAddenda.read(AddendaPdf.read(AddendaTestPdf.of(lines), "idx.pdf"), "idx.pdf");
        IndexChanges.Applied a = IndexChanges.apply(BASE, read.changes(), NEW);
        return new IndexChanges.Applied(a.index(), a.applied(), read.notUnderstood(), a.notApplied());
    }

    private static AddendaTestPdf.Printed l(String label, boolean bold, String text) {
        return new AddendaTestPdf.Printed(label, 90, bold, text);
    }

    private static IndexTerm at(IndexBook b, String... path) {
        List<IndexTerm> level = b.mainTerms();
        IndexTerm found = null;
        for (String title : path) {
            found = level.stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
            level = found.subterms();
        }
        return found;
    }

    @Test
    void term_printedLine_titleModifiersCodeManifestationAndSeeAlso() {
        IndexTerm t = IndexAddenda.term("odd rash (made-up) of the heel L98.8 [M14.89]");
        assertThat(t.title()).isEqualTo("odd rash of the heel");
        assertThat(t.nonessentialModifiers()).containsExactly("(made-up)");
        assertThat(t.code()).isEqualTo("L98.8");
        assertThat(t.manifestationCode()).isEqualTo("M14.89");

        IndexTerm see = IndexAddenda.term("Gizmo (see also Gadget disorder) R68.89");
        assertThat(see.title()).isEqualTo("Gizmo");
        assertThat(see.seeAlso()).isEqualTo("Gadget disorder");
        assertThat(see.code()).isEqualTo("R68.89");
        assertThat(IndexAddenda.term("Sprocket - see Widget syndrome").see()).isEqualTo("Widget syndrome");
    }

    @Test
    void apply_addReviseDeleteUnderTheirPath() {
        IndexChanges.Applied a = applied(List.of(
                l("No Change", true, "Gadget disorder R68.89"),
                l("No Change", false, "- left side R68.83"),
                l("Add", false, "- - proximal R68.85"),
                l("Revise from", false, "- - distal R68.84"),
                l("Revise to", false, "- - distal R68.86"),
                l("Delete", false, "- tingling R20.2")));

        assertThat(at(a.index(), "Gadget disorder", "left side").subterms()).extracting(IndexTerm::title, IndexTerm::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("distal", "R68.86"), org.assertj.core.groups.Tuple.tuple("proximal", "R68.85"));
        assertThat(at(a.index(), "Gadget disorder").subterms()).extracting(IndexTerm::title).containsExactly("left side");
        assertThat(a.applied()).isEqualTo(3);
        assertThat(a.leftOut()).isEmpty();
    }

    @Test
    void apply_revisedTitle_laterChangesFindTheTermByItsNewTitle() {
        IndexChanges.Applied a = applied(List.of(
                l("No Change", true, "Gadget disorder R68.89"),
                l("No Change", false, "- left side R68.83"),
                l("Revise from", false, "- - distal R68.84"),
                l("Revise to", false, "- - far end R68.86"),
                l("Add", false, "- - - tip R68.87"),
                l("Delete", false, "- - distal R68.84")));

        assertThat(at(a.index(), "Gadget disorder", "left side", "far end").subterms()).extracting(IndexTerm::code)
                .containsExactly("R68.87");
        assertThat(a.applied()).isEqualTo(2);
        assertThat(a.notApplied()).singleElement().satisfies(f -> assertThat(f.message()).contains("the term to delete is not there"));
    }

    @Test
    void apply_siblingsWithOneTitle_eachChangeTakesTheFirstLeft() {
        IndexBook twins = new IndexBook(List.of(), List.of(t("Quokka", "R68.89", t("twin", "R68.81"), t("twin", "R68.82"))),
                "test-twins.xml (FY2023)", 2023);
        AddendaPdf.Read<IndexAddenda.Change> read = IndexAddenda.read(AddendaPdf.read(AddendaTestPdf.of(List.of(
                l("No Change", true, "Quokka R68.89"),
                l("Delete", false, "- twin R68.81"),
                l("Revise from", false, "- twin R68.82"),
                l("Revise to", false, "- twin R68.83"),
                l("Add", false, "- twin R68.84"))), "twins.pdf"), "twins.pdf");

        IndexChanges.Applied a = IndexChanges.apply(twins, read.changes(), NEW);

        assertThat(at(a.index(), "Quokka").subterms()).extracting(IndexTerm::code).containsExactly("R68.83");
        assertThat(a.applied()).isEqualTo(2);
        assertThat(a.notApplied()).singleElement().satisfies(f -> assertThat(f.message()).contains("already there"));
    }

    @Test
    void apply_modifierPrintedInsideTheTitle_foundAsTheXmlKeepsIt() {
        IndexChanges.Applied a = applied(List.of(
                l("No Change", true, "Widget syndrome (chronic) (mild) R68.81"),
                l("Add", false, "- sensory (SDT) DNA test"),
                l("Add", false, "- - negative R68.87")));

        assertThat(at(a.index(), "Widget syndrome", "sensory DNA test").subterms()).extracting(IndexTerm::code).containsExactly("R68.87");
        assertThat(a.notApplied()).singleElement().satisfies(f -> assertThat(f.message()).contains("already there"));
    }

    @Test
    void apply_newMainTerm_inAlphabeticalPlace() {
        IndexChanges.Applied a = applied(List.of(l("Add", true, "Sprocket - see Widget syndrome")));

        assertThat(a.index().mainTerms()).extracting(IndexTerm::title).containsExactly("Gadget disorder", "Sprocket", "Widget syndrome", "Zephyr");
        assertThat(a.index().mainTerm("sprocket")).get().extracting(IndexTerm::see).isEqualTo("Widget syndrome");
    }

    @Test
    void apply_pathNotInTheIndex_reportedWithPageAndLine() {
        IndexChanges.Applied a = applied(List.of(
                l("No Change", true, "Zephyr R68.89"),
                l("No Change", false, "- gusty"),
                l("Add", false, "- - very R68.88"),
                l("Add", false, "- - - - too deep R68.88")));

        assertThat(a.leftOut()).extracting(f -> f.location() + ": " + f.message()).containsExactly(
                "idx.pdf page 1 line 4: a line whose level does not follow the line above it (add): - - - - too deep R68.88",
                NEW + " page 1 line 3: add index term not applied, the terms above it are not in the index: Zephyr > gusty > very");
        assertThat(at(a.index(), "Zephyr").subterms()).isEmpty();
    }

    @Test
    void apply_changesInPrintedOrder_childOfAnAddedTerm() {
        List<AddendaTestPdf.Printed> lines = new ArrayList<>(List.of(
                l("No Change", true, "Zephyr R68.89"),
                l("Add", false, "- gusty"),
                l("Add", false, "- - very R68.88")));

        assertThat(at(applied(lines).index(), "Zephyr", "gusty", "very").code()).isEqualTo("R68.88");
    }
}

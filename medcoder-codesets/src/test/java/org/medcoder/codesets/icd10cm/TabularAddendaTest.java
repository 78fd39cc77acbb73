package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.TabularNote;
import org.medcoder.codesets.internal.MalformedSourceException;
import org.medcoder.core.Finding;

/**
 * The Tabular addenda reader on small PDFs made here with PDFBox in the addenda's layout (italic margin label, text
 * indented by level, bold headings), with text of our own, laid over the FY2023 Tabular fixture.
 */
class TabularAddendaTest {

    private static final String NEW = "test-addenda-2099.pdf (FY2099)";

    private final TabularData fixture = TabularXmlReader.read(TabularXmlReaderTest.FIXTURE, "icd10cm_tabular_2023.xml");

    private static AddendaTestPdf.Printed l(String label, float x, boolean bold, String text) {
        return new AddendaTestPdf.Printed(label, x, bold, text);
    }

    private static final List<AddendaTestPdf.Printed> CONTEXT = List.of(
            l("No Change", 90, true, "Chapter 4"),
            l("No Change", 90, true, "Endocrine, nutritional and metabolic diseases (E00-E89)"),
            l("No Change", 90, true, "Diabetes mellitus (E08-E13)"),
            l("No Change", 90, true, "E11 Type 2 diabetes mellitus"),
            l("No Change", 111, true, "E11.2 Type 2 diabetes mellitus with kidney complications"),
            l("No Change", 140, true, "E11.22 Type 2 diabetes mellitus with diabetic chronic kidney disease"));

    private TabularChanges.Applied applied(List<AddendaTestPdf.Printed> lines) {
        List<AddendaTestPdf.Printed> all = new ArrayList<>(CONTEXT);
        all.addAll(lines);
        AddendaPdf.Read<TabularAddenda.Change> read = TabularAddenda.read(AddendaPdf.read(AddendaTestPdf.of(all), "test.pdf"), "test.pdf");
        TabularChanges.Applied a = TabularChanges.apply(fixture, read.changes(), NEW);
        return new TabularChanges.Applied(a.tabular(), a.applied(), read.notUnderstood(), a.notApplied());
    }

    @Test
    void read_addedNoteHeadingWithItem_addsNoteWithReferencesAndSource() {
        TabularChanges.Applied a = applied(List.of(l("Add", 175, true, "Code also, if applicable, a made-up renal finding (N28.89)")));

        TabularNote added = a.tabular().notesByCode().get("E1122").get(1);
        assertThat(added.kind()).isEqualTo(NoteKind.CODE_ALSO);
        assertThat(added.text()).isEqualTo(", if applicable, a made-up renal finding (N28.89)");
        assertThat(added.references()).extracting(CodeRange::toString).containsExactly("N28.89");
        assertThat(added.source()).isEqualTo(NEW);
        assertThat(a.applied()).isEqualTo(1);
        assertThat(a.leftOut()).isEmpty();
    }

    @Test
    void read_inclusionTermOnTwoPrintedLines_joinsTheContinuation() {
        TabularChanges.Applied a = applied(List.of(
                l("Add", 175, false, "Invented term for a kidney complication that runs"),
                l(null, 175, false, "over two printed lines")));

        assertThat(a.tabular().notesByCode().get("E1122")).extracting(TabularNote::kind, TabularNote::text)
                .contains(org.assertj.core.groups.Tuple.tuple(NoteKind.INCLUSION_TERM,
                        "Invented term for a kidney complication that runs over two printed lines"));
    }

    @Test
    void read_reviseFromTo_rewritesTheNoteInPlace() {
        TabularChanges.Applied a = applied(List.of(
                l("Revise from", 175, true, "Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)"),
                l("Revise to", 175, true, "Use additional code to identify stage of chronic kidney disease (N18.1-N18.9)")));

        TabularNote revised = a.tabular().notesByCode().get("E1122").get(0);
        assertThat(revised.text()).isEqualTo("code to identify stage of chronic kidney disease (N18.1-N18.9)");
        assertThat(revised.references()).extracting(CodeRange::toString).containsExactly("N18.1-N18.9");
        assertThat(a.tabular().notesByCode().get("E1122")).hasSize(1);
    }

    @Test
    void read_excludes1MadeExcludes2AtTheCategory_movesItemsUnderTheHeading() {
        List<AddendaTestPdf.Printed> lines = new ArrayList<>(List.of(l("No Change", 90, true, "E11 Type 2 diabetes mellitus"),
                l("Delete", 111, true, "Excludes1: type 1 diabetes mellitus (E10.-)"),
                l("Delete", 166, false, "diabetes mellitus due to underlying condition (E08.-)"),
                l("Add", 111, true, "Excludes2: type 1 diabetes mellitus (E10.-)"),
                l("Add", 166, false, "diabetes mellitus due to underlying condition (E08.-)")));

        List<TabularNote> e11 = applied(lines).tabular().notesByCode().get("E11");

        assertThat(e11).extracting(TabularNote::kind).doesNotContain(NoteKind.EXCLUDES1);
        assertThat(e11).filteredOn(n -> n.kind() == NoteKind.EXCLUDES2).extracting(TabularNote::text)
                .containsExactly("type 1 diabetes mellitus (E10.-)", "diabetes mellitus due to underlying condition (E08.-)");
        assertThat(e11).filteredOn(n -> n.kind() == NoteKind.INCLUDES).hasSize(1);
    }

    @Test
    void read_blockNoteAfterBlockTitle_goesToTheBlock() {
        List<AddendaTestPdf.Printed> lines = List.of(l("No Change", 90, true, "Diabetes mellitus (E08-E13)"),
                l("Add", 111, true, "Use additional code for an invented block-wide detail (Z99.89)"));

        TabularData t = applied(lines).tabular();

        TabularData.BlockNotes block = t.blocks().stream().filter(b -> b.block().id().equals("E08-E13")).findFirst().orElseThrow();
        assertThat(block.notes()).extracting(TabularNote::text).contains("code for an invented block-wide detail (Z99.89)");
    }

    @Test
    void read_changesItCannotPlace_reportedWithPageAndLineNotForced() {
        TabularChanges.Applied a = applied(List.of(
                l("Delete", 175, false, "A made-up term the fixture never had"),
                l("Add", 175, true, "Something bold that is no heading")));

        List<String> left = a.leftOut().stream().map(f -> f.location() + ": " + f.message()).toList();
        assertThat(left).containsExactly(
                "test.pdf page 1 line 8: a bold line that is no chapter, block, code or note heading (add): Something bold that is no heading",
                NEW + " page 1 line 7: delete inclusionTerm at code E11.22 not applied, the note to delete is not there: "
                        + "A made-up term the fixture never had");
        assertThat(a.leftOut()).extracting(Finding::ruleId).containsOnly(AddendaPdf.RULE);
        assertThat(a.tabular().notesByCode().get("E1122")).isEqualTo(fixture.notesByCode().get("E1122"));
    }

    @Test
    void read_addOfANoteAlreadyThere_notAppliedTwice() {
        TabularChanges.Applied a = applied(List.of(
                l("Add", 175, true, "Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)")));

        assertThat(a.tabular().notesByCode().get("E1122")).hasSize(1);
        assertThat(a.notApplied()).singleElement().satisfies(f -> assertThat(f.message()).contains("already there"));
    }

    @Test
    void read_notAPdf_clearErrorNamingTheFile() {
        assertThatThrownBy(() -> AddendaPdf.read("not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "x/addenda.pdf"))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("x/addenda.pdf").hasMessageContaining("not a readable PDF");
    }
}

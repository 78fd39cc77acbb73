package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmFixture;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.TabularNote;
import org.medcoder.codesets.internal.MalformedSourceException;

class TabularXmlReaderTest {

    static final Path FIXTURE = IcdCmFixture.EXCERPTS.resolve("tabular-2023.xml");

    private final TabularData data = TabularXmlReader.read(FIXTURE, "icd10cm/fy2023-xml/icd10cm_tabular_2023.xml");

    @Test
    void read_fixture_chaptersAndBlocksWithRanges() {
        assertThat(data.fiscalYear()).isEqualTo(2023);
        assertThat(data.chapters()).extracting(c -> c.chapter().number()).containsExactly(4, 19);
        assertThat(data.chapters().get(0).chapter().range().toString()).isEqualTo("E00-E89");
        assertThat(data.blocks()).extracting(b -> b.block().id()).containsExactly("E08-E13", "E70-E88", "S70-S79", "T36-T50");
        assertThat(data.blocks().get(1).notes()).extracting(TabularNote::kind).containsExactly(NoteKind.EXCLUDES1);
    }

    @Test
    void read_fixture_notesByKindWithReferencesAndSource() {
        TabularNote ckd = data.notesByCode().get("E1122").get(0);
        assertThat(ckd.kind()).isEqualTo(NoteKind.USE_ADDITIONAL_CODE);
        assertThat(ckd.text()).isEqualTo("code to identify stage of chronic kidney disease (N18.1-N18.6)");
        assertThat(ckd.references()).extracting(CodeRange::toString).containsExactly("N18.1-N18.6");
        assertThat(ckd.source()).isEqualTo("icd10cm_tabular_2023.xml (FY2023)");
        assertThat(data.notesByCode().get("E11")).extracting(TabularNote::kind)
                .containsExactly(NoteKind.INCLUDES, NoteKind.USE_ADDITIONAL_CODE, NoteKind.USE_ADDITIONAL_CODE,
                        NoteKind.EXCLUDES1, NoteKind.EXCLUDES1);
        assertThat(data.notesByCode().get("E11").get(3).references()).extracting(CodeRange::toString).containsExactly("E10");
    }

    @Test
    void read_fixture_sevenChrDefWithInlineNote() {
        assertThat(data.seventhByCode().get("S72")).extracting(s -> s.character()).containsExactly('A', 'B', 'S');
        assertThat(data.seventhByCode().get("S72").get(1).meaning())
                .isEqualTo("initial encounter for open fracture type I or II; initial encounter for open fracture NOS");
        assertThat(data.notesByCode().get("S72")).extracting(TabularNote::kind).contains(NoteKind.SEVENTH_CHARACTER_NOTE);
        assertThat(data.codes()).contains("T402X5", "T402X", "S72321");
    }

    @Test
    void read_truncated_namesFileAndLine() throws IOException {
        byte[] all = Files.readAllBytes(FIXTURE);
        byte[] half = Arrays.copyOf(all, all.length / 2);
        assertThatThrownBy(() -> TabularXmlReader.read(new ByteArrayInputStream(half), "icd10cm_tabular_2023.xml"))
                .isInstanceOf(MalformedSourceException.class)
                .hasMessageMatching("icd10cm_tabular_2023\\.xml:\\d+ /ICD10CM\\.tabular/chapter.*");
    }

    @Test
    void read_wrongRoot_saysSo() {
        byte[] xml = "<?xml version=\"1.0\"?><ICD10CM.index><version>2023</version></ICD10CM.index>".getBytes();
        assertThatThrownBy(() -> TabularXmlReader.read(new ByteArrayInputStream(xml), "x.xml"))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("not an ICD-10-CM Tabular");
    }
}

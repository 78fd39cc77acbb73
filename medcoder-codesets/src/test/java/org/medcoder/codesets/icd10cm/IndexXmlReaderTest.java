package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IcdCmFixture;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.internal.MalformedSourceException;

class IndexXmlReaderTest {

    static final Path FIXTURE = IcdCmFixture.EXCERPTS.resolve("index-2023.xml");

    private final IndexBook book = IndexXmlReader.read(FIXTURE, Pattern.compile(".*"), "icd10cm_index_2023.xml");

    @Test
    void read_fixture_mainTermsWithModifiersAndNestedTerms() {
        assertThat(book.source()).isEqualTo("icd10cm_index_2023.xml (FY2023)");
        assertThat(book.mainTerms()).extracting(IndexTerm::title)
                .containsExactly("Acidosis", "Amyloid heart", "Diabetes, diabetic", "Fracture, traumatic", "Femur");
        IndexTerm acidosis = book.mainTerms().get(0);
        assertThat(acidosis.nonessentialModifiers()).containsExactly("(lactic) (respiratory)");
        assertThat(acidosis.subterms().get(0).subterms().get(0).code()).isEqualTo("E87.21");
        assertThat(book.termCount()).isEqualTo(15);
    }

    @Test
    void read_fixture_manifestationSeeAndSeeAlso() {
        assertThat(book.mainTerms().get(1).manifestationCode()).isEqualTo("I43");
        assertThat(book.mainTerms().get(3).seeAlso()).isEqualTo("Fracture, pathological");
        assertThat(book.mainTerm("femur").orElseThrow().see()).isEqualTo("condition");
        assertThat(book.mainTerm("Diabetes")).map(IndexTerm::code).contains("E11.9");
    }

    @Test
    void read_tableCells_byColumn() {
        String xml = "<ICD10CM.index><version>2025</version><indexHeading><head col=\"1\">Substance</head>"
                + "<head col=\"2\">Poisoning, Accidental (unintentional)</head><head col=\"3\">Poisoning, Intentional self-harm</head>"
                + "</indexHeading><letter><title>A</title><mainTerm><title>Abrine</title><cell col=\"2\">T62.2X1</cell>"
                + "<cell col=\"3\">--</cell></mainTerm></letter></ICD10CM.index>";
        IndexBook table = IndexXmlReader.read(new ByteArrayInputStream(xml.getBytes()), "icd-10-cm-drug-2025.xml");
        assertThat(table.columns()).containsExactly("Poisoning, Accidental (unintentional)", "Poisoning, Intentional self-harm");
        assertThat(table.mainTerms().get(0).cells()).containsExactly("T62.2X1", "");
        assertThat(table.fiscalYear()).isEqualTo(2025);
    }

    @Test
    void read_unclosedElement_namesElement() {
        String xml = "<ICD10CM.index><version>2023</version><letter><mainTerm><title>Acidosis</title>";
        assertThatThrownBy(() -> IndexXmlReader.read(new ByteArrayInputStream(xml.getBytes()), "idx.xml"))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("idx.xml:1").hasMessageContaining("mainTerm");
    }
}

package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionTableTest {

    @TempDir
    Path tmp;

    /** A minimal SpreadsheetML workbook laid out like the CDC table: title row, header row, then A current, B year, C previous. */
    private Path xlsx() throws IOException {
        String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"7\" uniqueCount=\"7\">"
                + "<si><t>Current code assignment</t></si><si><t>Previous Code(s) Assignment</t></si>"
                + "<si><t>A04.71</t></si><si><t>A04.7</t></si><si><t xml:space=\"preserve\">C50.A0  </t></si>"
                + "<si><t>C50.919, C50.929</t></si><si><r><t>The National Center</t></r><r><t> for Health Statistics</t></r></si></sst>";
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>6</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Effective</t></is></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>2017</v></c><c r=\"C3\" t=\"s\"><v>3</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>4</v></c><c r=\"B4\"><v>2025</v></c><c r=\"C4\" t=\"s\"><v>5</v></c></row>"
                + "</sheetData></worksheet>";
        Path file = tmp.resolve("ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            z.write(strings.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(sheet.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void read_workbook_mapsPreviousCodesToCurrent() throws IOException {
        ConversionTable t = ConversionTable.read(xlsx(), "icd10cm/ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx", 2026);
        assertThat(t.source()).isEqualTo("ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx (FY2026)");
        assertThat(t.replacements("A047")).containsExactly("A0471");
        assertThat(t.replacements("C50919")).containsExactly("C50A0");
        assertThat(t.replacements("C50929")).containsExactly("C50A0");
        assertThat(t.replacements("Z000")).isEmpty();
        assertThat(t.replacedBy()).hasSize(3);
    }
}

package org.medcoder.codesets.icd10cm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs in the layout of the ICD-10-CM addenda, written by the tests with their own text. */
final class AddendaTestPdf {

    /** One printed line: margin label (null for a continuation), x of the text, bold or not, the text. */
    record Printed(String label, float x, boolean bold, String text) {
    }

    private AddendaTestPdf() {
    }

    /** A PDF in the addenda layout: 8pt italic label at the left margin, 10pt text at its x, 12pt apart. */
    static byte[] of(List<Printed> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 740;
                for (Printed p : lines) {
                    if (p.label() != null) {
                        text(s, italic, 8, 36, y, p.label());
                    }
                    text(s, p.bold() ? bold : regular, 10, p.x(), y, p.text());
                    y -= 12;
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}

package org.medcoder.claims.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One page of a claim form being drawn: the grid and captions in red (the paper forms are printed in red
 * "drop-out" ink so that scanners read only the black data), the data in black monospace type.
 *
 * <p>All coordinates are points from the top-left corner, as the layouts are written; this class turns them into
 * PDF user space (origin bottom-left).
 */
final class FormCanvas implements Closeable {

    /** US Letter, the size of both paper forms. */
    static final float PAGE_WIDTH = PDRectangle.LETTER.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();

    static final float CAPTION_SIZE = 4.6f;
    static final float DATA_SIZE = 8.5f;

    private static final float[] INK = {0.78f, 0.12f, 0.12f};
    private static final float[] SHADE = {0.99f, 0.92f, 0.92f};

    private final PDPageContentStream out;
    private final PDType1Font caption = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font number = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font data = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);

    FormCanvas(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        try {
            out = new PDPageContentStream(document, page);
            out.setLineWidth(0.6f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the outline of a field and its number and caption in its top-left corner. */
    void field(Field f) {
        rectangle(f.x(), f.y(), f.width(), f.height());
        label(f.x() + 1.5f, f.y() + CAPTION_SIZE + 1, f.number(), f.caption());
    }

    /** Draws a field's number and caption without an outline (for fields drawn as part of a ruled block). */
    void label(float x, float top, String itemNumber, String text) {
        float at = x;
        if (!itemNumber.isEmpty()) {
            write(number, CAPTION_SIZE + 0.4f, INK, at, top, itemNumber);
            at += width(number, CAPTION_SIZE + 0.4f, itemNumber) + 2;
        }
        if (!text.isEmpty()) {
            write(caption, CAPTION_SIZE, INK, at, top, text);
        }
    }

    /** Draws a caption only, e.g. a column heading. */
    void caption(float x, float baseline, String text) {
        write(caption, CAPTION_SIZE, INK, x, baseline, text);
    }

    /** Draws a red rectangle. */
    void rectangle(float x, float y, float width, float height) {
        stroke(() -> out.addRect(x, PAGE_HEIGHT - y - height, width, height));
    }

    /** Draws a red line. */
    void line(float x1, float y1, float x2, float y2) {
        stroke(() -> {
            out.moveTo(x1, PAGE_HEIGHT - y1);
            out.lineTo(x2, PAGE_HEIGHT - y2);
        });
    }

    /** Fills a rectangle with the light shade the forms use for supplemental areas. */
    void shade(float x, float y, float width, float height) {
        run(() -> {
            out.setNonStrokingColor(SHADE[0], SHADE[1], SHADE[2]);
            out.addRect(x, PAGE_HEIGHT - y - height, width, height);
            out.fill();
        });
    }

    /** Draws a check box with its caption to the right; an X in it when checked. */
    void checkbox(float x, float y, String text, boolean checked) {
        rectangle(x, y, 6, 6);
        if (checked) {
            write(data, 8, new float[] {0, 0, 0}, x + 0.6f, y + 5.8f, "X");
        }
        if (!text.isEmpty()) {
            caption(x + 8, y + 5, text);
        }
    }

    /** Writes data in a field on its last line, left-aligned. */
    void text(Field f, String value) {
        text(f.x() + 3, f.bottom() - 2.5f, value);
    }

    /** Writes data in a field on the given line (0 = the first line below the caption). */
    void text(Field f, int line, String value) {
        text(f.x() + 3, f.y() + CAPTION_SIZE + 2 + DATA_SIZE * (line + 1), value);
    }

    /** Writes data in a field on its last line, right-aligned (amounts). */
    void textRight(Field f, String value) {
        textRight(f.right() - 3, f.bottom() - 2.5f, value);
    }

    /** Writes data with its baseline at (x, baseline). */
    void text(float x, float baseline, String value) {
        write(data, DATA_SIZE, new float[] {0, 0, 0}, x, baseline, value);
    }

    /** Writes data ending at x with its baseline at baseline. */
    void textRight(float x, float baseline, String value) {
        String s = printable(value);
        text(x - width(data, DATA_SIZE, s), baseline, s);
    }

    /** Writes a large heading (the form title). */
    void heading(float x, float baseline, float size, String text) {
        write(number, size, INK, x, baseline, text);
    }

    @Override
    public void close() {
        run(out::close);
    }

    private void write(PDType1Font font, float size, float[] color, float x, float baseline, String text) {
        String s = printable(text);
        if (s.isEmpty()) {
            return;
        }
        run(() -> {
            out.setNonStrokingColor(color[0], color[1], color[2]);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, PAGE_HEIGHT - baseline);
            out.showText(s);
            out.endText();
        });
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text reduced to printable ASCII: the standard PDF fonts encode only WinAnsi, and the claim forms are
     * filled in capital letters without accents (NUCC 1500 manual, general instructions), so accents are dropped and
     * anything else becomes '?'.
     */
    static String printable(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return b.toString();
    }

    private void stroke(IoAction path) {
        run(() -> {
            out.setStrokingColor(INK[0], INK[1], INK[2]);
            path.run();
            out.stroke();
        });
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}

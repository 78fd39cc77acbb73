package org.medcoder.claims.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimReader;

/** Test helper: a written form PDF, read back by area (text) and by pixels (rendered image). */
final class FormPdf implements AutoCloseable {

    /** Rendering resolution; 1 point = DPI / 72 pixels. */
    static final int DPI = 110;

    private final PDDocument doc;

    FormPdf(byte[] pdf) {
        try {
            doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return doc.getNumberOfPages();
    }

    /** The text whose glyphs lie in the field's box on a page (0-based), trimmed. */
    String text(int page, Field field) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("f", field.area());
            stripper.extractRegions(doc.getPage(page));
            return stripper.getTextForRegion("f").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BufferedImage render(int page) {
        try {
            return new PDFRenderer(doc).renderImageWithDPI(page, DPI, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pixels in the field's box (inset by 1.5 points, off the ruling) that are near black: data ink, not red. */
    static int blackPixels(BufferedImage image, Field f) {
        double s = DPI / 72.0;
        int count = 0;
        for (int y = (int) ((f.y() + 1.5) * s); y < (int) ((f.bottom() - 1.5) * s); y++) {
            for (int x = (int) ((f.x() + 1.5) * s); x < (int) ((f.right() - 1.5) * s); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 90 && g < 90 && b < 90) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The claims of a JSON fixture under src/test/resources/claims/forms. */
    static java.util.List<Claim> claims(String fixture) {
        try (InputStream in = FormPdf.class.getResourceAsStream("/claims/forms/" + fixture)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var batch = ClaimReader.read(json, fixture);
            if (batch.validClaims().size() != batch.claims().size()) {
                throw new IllegalStateException("fixture " + fixture + " has invalid claims: " + batch.claims());
            }
            return batch.validClaims();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a rendered page as PNG under target/ for a person to look at. */
    static void savePng(BufferedImage image, String name) {
        try {
            Path dir = Path.of("target", "forms");
            Files.createDirectories(dir);
            javax.imageio.ImageIO.write(image, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

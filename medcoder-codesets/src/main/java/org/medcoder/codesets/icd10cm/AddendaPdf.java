package org.medcoder.codesets.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.medcoder.codesets.internal.MalformedSourceException;
import org.medcoder.codesets.internal.SourceStreams;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * The printed lines of an ICD-10-CM addenda PDF (CDC/NCHS {@code icd10cm-*-addenda-YYYY.pdf}), each with the action
 * written in its left margin, the indentation and weight of its text.
 *
 * <p>Layout (read with PDFBox text positions, checked on the FY2026 tabular and index addenda): every changed or
 * context line starts with a small italic label at the left margin — {@code Add}, {@code Delete}, {@code Revise from},
 * {@code Revise to} or {@code No Change} — and its text starts further right; the text's x position is its level
 * (deeper = further right) and bold marks headings (codes, main terms, note headings). A line without a label
 * continues the text of the labelled line above it (also across a page break). Nothing else is inferred here:
 * {@link TabularAddenda} and {@link IndexAddenda} give the lines their meaning.
 */
final class AddendaPdf {

    /**
     * The version of the addenda readers (this class, {@link TabularAddenda}, {@link TabularChanges},
     * {@link IndexAddenda}, {@link IndexChanges}); part of every key of a snapshot built from an addenda PDF and of
     * the release key, so a change to a reader rebuilds them although no file changed. Bump it with any such change.
     */
    static final String READER = "addenda-reader-2";

    /** The rule id of every finding of the addenda readers: a line not read, a change not applied. */
    static final String RULE = "CODESET-ADDENDA";

    /** What the margin label says is done with a line. */
    enum Action { NO_CHANGE, ADD, DELETE, REVISE_FROM, REVISE_TO }

    /**
     * One labelled line with its continuations joined.
     *
     * @param page   page number (1-based)
     * @param line   line number on its page (1-based, counting every printed line)
     * @param action the margin label
     * @param x      where the text starts, in points from the left edge
     * @param bold   whether the text starts in a bold font
     * @param text   the text, continuations joined with one space
     */
    record Line(int page, int line, Action action, float x, boolean bold, String text) {
        String where() {
            return "page " + page + " line " + line;
        }
    }

    /**
     * What an addenda reader ({@link TabularAddenda}, {@link IndexAddenda}) read from the lines: its changes, and the
     * lines that could not be read as one.
     */
    record Read<C>(List<C> changes, List<Finding> notUnderstood) {
        Read {
            changes = List.copyOf(changes);
            notUnderstood = List.copyOf(notUnderstood);
        }
    }

    /** A line a reader could not read as a change: a warning with where it is ({@code source}, page, line) and why. */
    static Finding notUnderstood(String source, Line l, String why) {
        return Finding.warning(RULE, Location.path(source, l.where()),
                why + " (" + l.action().name().toLowerCase(Locale.ROOT) + "): " + l.text());
    }

    /** Labels are printed in a small font at the left margin; text never starts this far left. */
    private static final float LABEL_MAX_X = 60f;

    private AddendaPdf() {
    }

    /** The labelled lines of the addenda PDF {@code pdf} (plain or a zip member). */
    static List<Line> read(CmSources.Found pdf) {
        try (InputStream in = SourceStreams.open(pdf.file(), pdf.memberPattern(), pdf.displayName())) {
            return read(in.readAllBytes(), pdf.displayName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf.displayName(), e);
        }
    }

    /** How the changes of {@code pdf} name their source, e.g. {@code icd10cm-tabular-addenda-2026.pdf (FY2026)}. */
    /** What laying one addenda PDF over a base gave: the result, how many changes applied, what was left out. */
    interface Layer<T> {
        T result();

        int applied();

        List<Finding> notUnderstood();

        List<Finding> notApplied();

        /** Every line or change that was left out, in page order within each list. */
        default List<Finding> leftOut() {
            List<Finding> all = new ArrayList<>(notUnderstood());
            all.addAll(notApplied());
            return List.copyOf(all);
        }
    }

    /**
     * {@code base} with the addenda PDF {@code pdf} applied by {@code apply}, reporting in one warning how many
     * {@code unit} changes were applied and how many left out; a PDF that cannot be read is reported and {@code base}
     * returned.
     */
    static <T> T layered(T base, String baseSource, CmSources.Found pdf, String kind, String unit,
            Function<CmSources.Found, ? extends Layer<T>> apply, Consumer<Finding> warnings) {
        try {
            Layer<T> a = apply.apply(pdf);
            warnings.accept(Finding.warning(RULE, Location.path(pdf.displayName(), ""), String.format(Locale.ROOT,
                    "FY%d %s addenda over %s: %d %s changes applied, %d lines not understood, %d changes not applied "
                            + "(listed by: medcoder data addenda)", pdf.fiscalYear(), kind, baseSource, a.applied(), unit,
                    a.notUnderstood().size(), a.notApplied().size())));
            return a.result();
        } catch (MalformedSourceException e) {
            warnings.accept(e.finding());
            return base;
        }
    }

    static String sourceName(CmSources.Found pdf) {
        return SourceStreams.baseName(pdf.member().isEmpty() ? pdf.displayName() : pdf.member()) + " (FY" + pdf.fiscalYear() + ")";
    }

    /** The labelled lines of the PDF in {@code bytes}; {@code displayName} names it in errors. */
    static List<Line> read(byte[] bytes, String displayName) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Collector c = new Collector();
            c.setSortByPosition(true);
            c.getText(doc);
            return c.lines();
        } catch (IOException e) {
            throw MalformedSourceException.atLine(displayName, 0, "not a readable PDF (" + e.getMessage() + ")");
        }
    }

    /** Groups PDFBox's text runs into printed lines (same page, same baseline) and joins continuations. */
    private static final class Collector extends PDFTextStripper {
        private final List<Line> out = new ArrayList<>();
        private float y = Float.NaN;
        private int lineOnPage;
        private Action action;
        private Float x;
        private boolean bold;
        private final StringBuilder text = new StringBuilder();
        private int startPage;
        private int startLine;

        Collector() throws IOException {
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            if (positions.isEmpty() || s.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            if (Float.isNaN(y) || Math.abs(first.getYDirAdj() - y) > 2f) {
                lineOnPage++;
                y = first.getYDirAdj();
                newLine(first, s);
            } else {
                run(first, s);
            }
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
            super.startPage(p);
            y = Float.NaN;
            lineOnPage = 0;
        }

        private void newLine(TextPosition first, String s) {
            Action label = first.getXDirAdj() < LABEL_MAX_X ? label(s) : null;
            if (label != null) {
                flush();
                action = label;
                x = null;
                startPage = getCurrentPageNo();
                startLine = lineOnPage;
            } else {
                run(first, s); // a continuation line, or text whose label was not recognized
            }
        }

        private void run(TextPosition first, String s) {
            if (action == null) {
                return; // title lines before the first label
            }
            if (x == null) {
                x = first.getXDirAdj();
                bold = first.getFont().getName() != null && first.getFont().getName().contains("Bold");
            } else if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.strip());
        }

        private void flush() {
            if (action != null && x != null) {
                out.add(new Line(startPage, startLine, action, x, bold, text.toString().replaceAll("\\s+", " ").strip()));
            }
            text.setLength(0);
            action = null;
            x = null;
        }

        List<Line> lines() {
            flush();
            return List.copyOf(out);
        }

        private static Action label(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "add" -> Action.ADD;
                case "delete" -> Action.DELETE;
                case "revise from" -> Action.REVISE_FROM;
                case "revise to" -> Action.REVISE_TO;
                case "no change" -> Action.NO_CHANGE;
                default -> null;
            };
        }
    }
}

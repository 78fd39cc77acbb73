package org.medcoder.codesets.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.internal.SourceStreams;
import org.medcoder.codesets.internal.XmlCursor;

/**
 * Streams an official ICD-10-CM index XML ({@code ICD10CM.index}, CDC schema {@code icd10cm_index.xsd} and
 * {@code icd10cm_drug_neoplasm.xsd}) into {@link IndexBook}s: the Alphabetic Index, the External Cause index,
 * the Neoplasm table and the Table of Drugs and Chemicals all share this shape ({@code letter > mainTerm >
 * term@level}); the two tables add {@code indexHeading/head@col} and {@code cell@col}.
 */
public final class IndexXmlReader {

    /** Index file names: {@code icd10cm_index_2023.xml}, {@code icd-10-cm-drug-2025.xml} and the like. */
    public static final Pattern NAME = Pattern.compile("icd-?10-?cm[_-](index|drug|neoplasm|eindex)[_-](\\d{4})\\.xml(\\.gz)?",
            Pattern.CASE_INSENSITIVE);

    private final XmlCursor x;
    private final List<String> columns = new ArrayList<>();
    private final List<IndexTerm> mainTerms = new ArrayList<>(10_000);
    private int fiscalYear;

    private IndexXmlReader(XmlCursor x, int nameYear) {
        this.x = x;
        this.fiscalYear = nameYear;
    }

    /** Reads the index file at {@code file} (plain, gzip or zip member); {@code displayName} names it in errors. */
    public static IndexBook read(Path file, Pattern member, String displayName) {
        try (InputStream in = SourceStreams.open(file, member, displayName)) {
            return read(in, displayName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    /** Reads an index XML stream; {@code displayName} names the file in errors and in the index's source. */
    public static IndexBook read(InputStream in, String displayName) {
        String base = displayName.contains("!") ? displayName.substring(displayName.indexOf('!') + 1) : displayName;
        base = SourceStreams.baseName(base).replaceFirst("(?i)\\.gz$", "");
        Matcher m = NAME.matcher(base);
        try (XmlCursor x = XmlCursor.elements(in, displayName)) {
            IndexXmlReader r = new IndexXmlReader(x, m.matches() ? Integer.parseInt(m.group(2)) : 0);
            r.document();
            return new IndexBook(r.columns.size() > 1 ? r.columns.subList(1, r.columns.size()) : List.of(), r.mainTerms,
                    base + " (FY" + r.fiscalYear + ")", r.fiscalYear);
        }
    }

    private void document() {
        if (!"ICD10CM.index".equals(x.root())) {
            throw x.error("not an ICD-10-CM index file (root element is not ICD10CM.index)", null);
        }
        for (String e; (e = x.nextChild()) != null; ) {
            switch (e) {
                case "version" -> fiscalYear = year(x.text());
                case "indexHeading" -> heading();
                case "letter" -> letter();
                default -> x.skip();
            }
        }
    }

    private int year(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw x.error("version is not a year: '" + text + "'", e);
        }
    }

    private void heading() {
        for (String e; (e = x.nextChild()) != null; ) {
            if (e.equals("head")) {
                int col = column(x.attribute("col"));
                String text = x.text();
                while (columns.size() < col) {
                    columns.add("");
                }
                columns.set(col - 1, text);
            } else {
                x.skip();
            }
        }
    }

    private void letter() {
        for (String e; (e = x.nextChild()) != null; ) {
            if (e.equals("mainTerm")) {
                mainTerms.add(term());
            } else {
                x.skip();
            }
        }
    }

    private int column(String col) {
        try {
            int c = Integer.parseInt(col);
            if (c < 1 || c > 20) {
                throw x.error("column out of range: " + col, null);
            }
            return c;
        } catch (NumberFormatException e) {
            throw x.error("col is not a number: '" + col + "'", e);
        }
    }

    /** One mainTerm or term element with its subterms. */
    private IndexTerm term() {
        String title = "";
        List<String> nemod = new ArrayList<>(0);
        String code = "";
        String manif = "";
        String see = "";
        String seeAlso = "";
        String seeCat = "";
        List<String> cells = new ArrayList<>(0);
        List<IndexTerm> sub = new ArrayList<>(0);
        for (String e; (e = x.nextChild()) != null; ) {
            switch (e) {
                case "title" -> title = x.textExcept("nemod", nemod);
                case "nemod" -> nemod.add(x.text());
                case "code" -> code = x.text();
                case "manif" -> manif = x.text();
                case "see" -> see = x.text();
                case "seeAlso" -> seeAlso = x.text();
                case "seecat", "subcat" -> seeCat = x.text();
                case "cell" -> cell(cells);
                case "term" -> sub.add(term());
                default -> x.skip();
            }
        }
        return new IndexTerm(title, nemod, code, manif, see, seeAlso, seeCat, cells, sub);
    }

    private void cell(List<String> cells) {
        int col = column(x.attribute("col"));
        String text = x.text();
        // Column 1 is the term itself, so cell col=2 is the first code column (data README: head@col).
        while (cells.size() < col - 1) {
            cells.add("");
        }
        cells.set(col - 2, text.equals("--") ? "" : text);
    }
}

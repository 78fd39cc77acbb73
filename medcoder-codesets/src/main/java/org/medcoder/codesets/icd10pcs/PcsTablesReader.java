package org.medcoder.codesets.icd10pcs;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medcoder.codesets.PcsAlphabet;
import org.medcoder.codesets.PcsAxis;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;
import org.medcoder.codesets.internal.XmlCursor;

/**
 * Reads the official ICD-10-PCS tables XML ({@code icd10pcs_tables_YYYY.xml}): {@code ICD10PCS.tabular} &gt;
 * {@code pcsTable} &gt; {@code axis@pos} 1-3 (one {@code label@code} each, the operation with its
 * {@code definition}) and {@code pcsRow} &gt; {@code axis@pos} 4-7 with one or more labels. Streams with StAX.
 */
final class PcsTablesReader {

    private final XmlCursor xml;
    private String version = "";

    private PcsTablesReader(XmlCursor xml) {
        this.xml = xml;
    }

    /** The tables as published, with the file's {@code version} element. */
    record Result(String version, List<PcsTable> tables) {
    }

    /** Reads all tables; a malformed or cut-off file is an error naming the file and line. */
    static Result read(InputStream in, String source) {
        try (XmlCursor xml = XmlCursor.events(in, source)) {
            return new PcsTablesReader(xml).readDocument();
        }
    }

    private Result readDocument() {
        if (xml.next() != START_ELEMENT || !xml.name().equals("ICD10PCS.tabular")) {
            throw xml.lineError("expected root element <ICD10PCS.tabular>");
        }
        List<PcsTable> tables = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        int ev;
        while ((ev = xml.next()) == START_ELEMENT) {
            switch (xml.name()) {
                case "version" -> version = xml.elementText();
                case "pcsTable" -> {
                    int line = xml.line();
                    PcsTable t = readTable();
                    if (!prefixes.add(t.prefix())) {
                        throw xml.errorAt(line, "table " + t.prefix() + " appears twice", null);
                    }
                    tables.add(t);
                }
                default -> xml.skipElement();
            }
        }
        if (ev != END_ELEMENT || xml.next() != END_DOCUMENT) {
            throw xml.lineError("file ends before </ICD10PCS.tabular>");
        }
        if (tables.isEmpty()) {
            throw xml.lineError("no <pcsTable> elements");
        }
        return new Result(version, List.copyOf(tables));
    }

    private PcsTable readTable() {
        List<PcsAxis> header = new ArrayList<>();
        List<PcsRow> rows = new ArrayList<>();
        String[] definition = {""};
        int start = xml.line();
        while (xml.next() == START_ELEMENT) {
            switch (xml.name()) {
                case "axis" -> header.add(readAxis(definition));
                case "pcsRow" -> rows.add(readRow());
                default -> xml.skipElement();
            }
        }
        try {
            return new PcsTable(header, definition[0], rows);
        } catch (IllegalArgumentException e) {
            throw xml.errorAt(start, "<pcsTable>: " + e.getMessage(), e);
        }
    }

    private PcsRow readRow() {
        List<PcsAxis> axes = new ArrayList<>();
        int start = xml.line();
        while (xml.next() == START_ELEMENT) {
            if (xml.name().equals("axis")) {
                axes.add(readAxis(new String[1]));
            } else {
                xml.skipElement();
            }
        }
        try {
            return new PcsRow(axes);
        } catch (IllegalArgumentException e) {
            throw xml.errorAt(start, "<pcsRow>: " + e.getMessage(), e);
        }
    }

    private PcsAxis readAxis(String[] definition) {
        int pos = position(xml.requiredAttribute("pos"));
        int start = xml.line();
        String title = "";
        List<PcsAxisValue> values = new ArrayList<>();
        while (xml.next() == START_ELEMENT) {
            switch (xml.name()) {
                case "title" -> title = xml.elementText();
                case "label" -> {
                    char code = labelCode(xml.requiredAttribute("code"));
                    values.add(new PcsAxisValue(code, xml.elementText()));
                }
                case "definition" -> definition[0] = xml.elementText();
                default -> xml.skipElement();
            }
        }
        try {
            return new PcsAxis(pos, title, values);
        } catch (IllegalArgumentException e) {
            throw xml.errorAt(start, "<axis pos=\"" + pos + "\">: " + e.getMessage(), e);
        }
    }

    private int position(String pos) {
        try {
            int p = Integer.parseInt(pos.strip());
            if (p >= 1 && p <= 7) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw xml.lineError("<axis pos=\"" + pos + "\">: position must be 1..7");
    }

    private char labelCode(String code) {
        String c = code.strip();
        if (c.length() != 1 || !PcsAlphabet.isPcsCharacter(c.charAt(0))) {
            throw xml.lineError("<label code=\"" + code + "\">: not a single ICD-10-PCS character (0-9, A-Z without I, O)");
        }
        return c.charAt(0);
    }
}

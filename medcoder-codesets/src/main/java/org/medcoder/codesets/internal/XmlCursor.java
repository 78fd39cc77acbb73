package org.medcoder.codesets.internal;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin StAX pull cursor over one official XML file, so that every problem names the file and the line where it
 * went wrong. Two ways of walking a file, one per file:
 *
 * <ul>
 *   <li>by element ({@link #elements}: {@link #root}, {@link #nextChild}, {@link #text}, {@link #skip}): the cursor
 *       keeps the element path and errors are {@link MalformedSourceException}s naming file, line and path (e.g.
 *       {@code icd10cm_tabular_2023.xml:174656 /ICD10CM.tabular/chapter/section/diag}), which the snapshot cache
 *       reports when it keeps the last good snapshot (the ICD-10-CM readers);</li>
 *   <li>by event ({@link #events}: {@link #next}, {@link #name}, {@link #elementText}, {@link #skipElement}):
 *       errors are {@link IllegalArgumentException}s {@code file:line: message} (the ICD-10-PCS readers).</li>
 * </ul>
 */
public final class XmlCursor implements AutoCloseable {

    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader r;
    private final String file;
    private final Deque<String> path = new ArrayDeque<>();

    private XmlCursor(XMLStreamReader r, String file) {
        this.r = r;
        this.file = file;
    }

    /** A cursor walked by element; errors name the element path. */
    public static XmlCursor elements(InputStream in, String file) {
        try {
            return new XmlCursor(FACTORY.createXMLStreamReader(in), file);
        } catch (XMLStreamException e) {
            throw MalformedSourceException.atElement(file, 0, "", "cannot start reading XML: " + e.getMessage(), e);
        }
    }

    /** A cursor walked by event; errors name file and line. */
    public static XmlCursor events(InputStream in, String file) {
        try {
            return new XmlCursor(FACTORY.createXMLStreamReader(in), file);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + ": not readable as XML: " + e.getMessage());
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // Official files need no DTDs or external entities; refusing them keeps parsing safe (no XXE).
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    // ---- walking by element ----

    /**
     * Moves to the next start of a child element inside the current one and returns its name, or null when the
     * current element ends (the cursor is then past its end tag).
     */
    public String nextChild() {
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    path.push(r.getLocalName());
                    return r.getLocalName();
                }
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    return null;
                }
            }
        } catch (XMLStreamException e) {
            throw error("malformed XML: " + oneLine(e), e);
        }
        throw error("the file ends inside an element (truncated?)", null);
    }

    /** Moves to the root element and returns its name. */
    public String root() {
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    path.push(r.getLocalName());
                    return r.getLocalName();
                }
            }
        } catch (XMLStreamException e) {
            throw error("malformed XML: " + oneLine(e), e);
        }
        throw error("no root element (empty file?)", null);
    }

    /** The text inside the current element with child tags dropped, whitespace collapsed; the cursor ends past it. */
    public String text() {
        StringBuilder b = new StringBuilder();
        textInto(b, null, null);
        return collapse(b);
    }

    /**
     * The current element's own text (collapsed), collecting the text of child elements named {@code child}
     * into {@code childTexts} instead; the cursor ends past the element.
     */
    public String textExcept(String child, List<String> childTexts) {
        StringBuilder b = new StringBuilder();
        textInto(b, child, childTexts);
        return collapse(b);
    }

    private void textInto(StringBuilder b, String divert, List<String> diverted) {
        int depth = 0;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    b.append(r.getText());
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    path.push(r.getLocalName());
                    if (divert != null && depth == 0 && r.getLocalName().equals(divert)) {
                        diverted.add(text());
                        continue;
                    }
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    if (depth-- == 0) {
                        return;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw error("malformed XML: " + oneLine(e), e);
        }
        throw error("the file ends inside an element (truncated?)", null);
    }

    /** Skips the rest of the current element. */
    public void skip() {
        while (nextChild() != null) {
            skip();
        }
    }

    /** An attribute of the current element, or "" when absent. */
    public String attribute(String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /** An error at the current line and element. */
    public MalformedSourceException error(String message, Throwable cause) {
        int line = r == null ? 0 : r.getLocation().getLineNumber();
        if (cause instanceof XMLStreamException x && x.getLocation() != null) {
            line = x.getLocation().getLineNumber();
        }
        StringBuilder p = new StringBuilder();
        path.descendingIterator().forEachRemaining(s -> p.append('/').append(s));
        return MalformedSourceException.atElement(file, line, p.toString(), message, cause);
    }

    /** The parser's message without its position prefix, on one line (the position is in the location). */
    private static String oneLine(XMLStreamException e) {
        String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
        return m.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", "");
    }

    private static String collapse(StringBuilder b) {
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    // ---- walking by event ----

    /** Advances to the next start or end element; returns its event type, or END_DOCUMENT. */
    public int next() {
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) {
                    return ev;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw lineError("malformed XML (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** The local name of the current element. */
    public String name() {
        return r.getLocalName();
    }

    /** The attribute's value on the current start element, or an error naming the element when absent. */
    public String requiredAttribute(String attr) {
        String v = r.getAttributeValue(null, attr);
        if (v == null) {
            throw lineError("<" + name() + "> lacks the attribute '" + attr + "'");
        }
        return v;
    }

    /** The text of the current (simple) element, stripped; leaves the cursor on its end element. */
    public String elementText() {
        try {
            return r.getElementText().strip();
        } catch (XMLStreamException e) {
            throw lineError("<" + name() + "> should hold text only (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** Skips the current element and everything inside it. */
    public void skipElement() {
        int depth = 1;
        while (depth > 0) {
            int ev = next();
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw lineError("file ends inside an element");
            }
            depth += ev == XMLStreamConstants.START_ELEMENT ? 1 : -1;
        }
    }

    /** An error at the cursor's current line, naming the file. */
    public IllegalArgumentException lineError(String message) {
        int line = r == null ? 0 : r.getLocation().getLineNumber();
        return new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    /** An error at a given line of this file (e.g. where the element that turned out bad began). */
    public IllegalArgumentException errorAt(int line, String message, Throwable cause) {
        return new IllegalArgumentException(file + ":" + line + ": " + message, cause);
    }

    /** The current line number. */
    public int line() {
        return r.getLocation().getLineNumber();
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "no detail";
        }
        int nl = m.indexOf('\n');
        String s = nl >= 0 ? m.substring(nl + 1) : m;
        return s.strip();
    }

    @Override
    public void close() {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // closing a reader that already failed or was read to the end: the first error is the one reported
        }
    }
}

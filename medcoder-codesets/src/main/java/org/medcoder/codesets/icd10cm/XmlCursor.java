package org.medcoder.codesets.icd10cm;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.medcoder.codesets.internal.MalformedSourceException;

/**
 * A thin StAX pull cursor over an official XML file that keeps the element path, so every error names the
 * file, line and element (e.g. {@code icd10cm_tabular_2023.xml:174656 /ICD10CM.tabular/chapter/section/diag}).
 */
final class XmlCursor implements AutoCloseable {

    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader r;
    private final String file;
    private final Deque<String> path = new ArrayDeque<>();

    XmlCursor(InputStream in, String file) {
        this.file = file;
        try {
            this.r = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw error("cannot start reading XML: " + e.getMessage(), e);
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

    /**
     * Moves to the next start of a child element inside the current one and returns its name, or null when the
     * current element ends (the cursor is then past its end tag).
     */
    String nextChild() {
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
    String root() {
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
    String text() {
        StringBuilder b = new StringBuilder();
        textInto(b, null);
        return collapse(b);
    }

    /**
     * The current element's own text (collapsed), collecting the text of child elements named {@code child}
     * into {@code childTexts} instead; the cursor ends past the element.
     */
    String textExcept(String child, java.util.List<String> childTexts) {
        StringBuilder b = new StringBuilder();
        textInto(b, child == null ? null : new Object[] {child, childTexts});
        return collapse(b);
    }

    @SuppressWarnings("unchecked")
    private void textInto(StringBuilder b, Object[] divert) {
        int depth = 0;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    b.append(r.getText());
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    path.push(r.getLocalName());
                    if (divert != null && depth == 0 && r.getLocalName().equals(divert[0])) {
                        ((java.util.List<String>) divert[1]).add(text());
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
    void skip() {
        while (nextChild() != null) {
            skip();
        }
    }

    /** An attribute of the current element, or "" when absent. */
    String attribute(String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /** An error at the current line and element. */
    MalformedSourceException error(String message, Throwable cause) {
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

    @Override
    public void close() {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // closing a reader that already failed: the first error is the one reported
        }
    }
}

package org.medcoder.codesets.icd10pcs;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin StAX pull cursor over one official XML file that turns every problem into an
 * {@link IllegalArgumentException} naming the file, the line and the element, so a cut-off or unexpected file is
 * reported where it went wrong.
 */
final class XmlCursor implements AutoCloseable {

    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader reader;
    private final String source;

    XmlCursor(InputStream in, String source) {
        this.source = source;
        try {
            this.reader = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw error("not readable as XML: " + e.getMessage());
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // Official files carry no DTDs; refusing them keeps parsing safe from external entities.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Advances to the next start or end element; returns its event type, or END_DOCUMENT. */
    int next() {
        try {
            while (reader.hasNext()) {
                int ev = reader.next();
                if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) {
                    return ev;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw error("malformed XML (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** The local name of the current element. */
    String name() {
        return reader.getLocalName();
    }

    /** The attribute's value on the current start element, or an error naming the element when absent. */
    String requiredAttribute(String attr) {
        String v = reader.getAttributeValue(null, attr);
        if (v == null) {
            throw error("<" + name() + "> lacks the attribute '" + attr + "'");
        }
        return v;
    }

    /** The text of the current (simple) element, stripped; leaves the cursor on its end element. */
    String text() {
        try {
            return reader.getElementText().strip();
        } catch (XMLStreamException e) {
            throw error("<" + name() + "> should hold text only (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** Skips the current element and everything inside it. */
    void skip() {
        int depth = 1;
        while (depth > 0) {
            int ev = next();
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw error("file ends inside an element");
            }
            depth += ev == XMLStreamConstants.START_ELEMENT ? 1 : -1;
        }
    }

    /** An error at the cursor's current line, naming the file. */
    IllegalArgumentException error(String message) {
        int line = reader == null ? 0 : reader.getLocation().getLineNumber();
        return new IllegalArgumentException(source + (line > 0 ? ":" + line : "") + ": " + message);
    }

    /** An error at a given line of this file (e.g. where the element that turned out bad began). */
    IllegalArgumentException errorAt(int line, String message, Throwable cause) {
        return new IllegalArgumentException(source + ":" + line + ": " + message, cause);
    }

    /** The current line number. */
    int line() {
        return reader.getLocation().getLineNumber();
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
            reader.close();
        } catch (XMLStreamException e) {
            // Nothing was half-read that matters: the content has been consumed or already failed.
        }
    }
}

package org.medcoder.codesets.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.medcoder.core.CodeSystem;

/**
 * Reads what a result shows (system, code, title, release and the value that matched) from doc values. The
 * index stores no fields: reading a stored document decompresses the block around it, tens of microseconds a
 * result, which was a tenth of a search.
 */
final class ResultFields {

    private ResultFields() {
    }

    /** The search hits of the candidates, in the candidates' order. */
    static List<SearchHit> read(IndexReader reader, List<Candidate> candidates) throws IOException {
        // Doc values are read forward only: visit the candidates in document order, keep their rank order.
        Integer[] byDoc = new Integer[candidates.size()];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> candidates.get(i).doc()));
        BinaryDocValues display = MultiDocValues.getBinaryValues(reader, SearchDocuments.DISPLAY);
        BinaryDocValues title = MultiDocValues.getBinaryValues(reader, SearchDocuments.TITLE + SearchDocuments.TEXT);
        BinaryDocValues index = MultiDocValues.getBinaryValues(reader, SearchDocuments.INDEX + SearchDocuments.TEXT);
        BinaryDocValues inclusion = MultiDocValues.getBinaryValues(reader,
                SearchDocuments.INCLUSION + SearchDocuments.TEXT);
        SortedDocValues system = MultiDocValues.getSortedValues(reader, SearchDocuments.SYSTEM);
        SortedDocValues release = MultiDocValues.getSortedValues(reader, SearchDocuments.RELEASE);
        SearchHit[] out = new SearchHit[candidates.size()];
        for (int i : byDoc) {
            Candidate c = candidates.get(i);
            int doc = c.doc();
            String matched = switch (c.matchedField()) {
                case SearchDocuments.INDEX -> value(text(index, doc), c.matchedValue());
                case SearchDocuments.INCLUSION -> value(text(inclusion, doc), c.matchedValue());
                default -> "";
            };
            out[i] = new SearchHit(CodeSystem.of(sorted(system, doc)), text(display, doc), text(title, doc),
                    c.billable(), sorted(release, doc), c.score(), matched);
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    private static String text(BinaryDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
    }

    private static String sorted(SortedDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** The {@code n}th of the values separated by {@link SearchDocuments#SEPARATOR}, or "" when there are fewer. */
    static String value(String joined, int n) {
        int from = 0;
        for (int k = 0; k < n; k++) {
            from = joined.indexOf(SearchDocuments.SEPARATOR, from) + 1;
            if (from == 0) {
                return "";
            }
        }
        int to = joined.indexOf(SearchDocuments.SEPARATOR, from);
        return joined.substring(from, to < 0 ? joined.length() : to);
    }
}

package org.medcoder.codesets.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * Re-scores Lucene's best candidates by how completely the query covers their title, inclusion term or index
 * path, and by billability. "heart attack" covers both levels of the index path "Infarct > myocardium" (I21.9)
 * but not the third of "Infarct > myocardium > old" (I25.2): the code at the entry the query names is the
 * index's default code for it (Guideline I.A.18). BM25 alone cannot see that, as it rewards short titles whatever
 * they add. Reads analyzed terms from doc values, not stored fields, so a candidate costs a few microseconds.
 */
final class Reranker {

    /**
     * How much a fully covered title or index path multiplies the score: by 1 + weight x coverage squared, so a
     * complete match counts clearly more than a nearly complete one.
     */
    private static final double COVERAGE_WEIGHT = 2.0;
    /**
     * Billable codes outrank headers with the same match: a code not coded to its full number of characters is
     * invalid (Guideline I.B.2).
     */
    private static final double BILLABLE_FACTOR = 1.3;
    /**
     * Added to a billable code's Lucene score before re-scoring. (It used to be a FeatureField clause of the query;
     * as a SHOULD clause beside the match it kept Lucene from skipping non-competitive documents, which made broad
     * queries several times slower. The final score of a candidate is the same as before.)
     */
    private static final double BILLABLE_BONUS = 1.5;
    private static final String[] FIELDS = {SearchDocuments.TITLE, SearchDocuments.INDEX, SearchDocuments.INCLUSION};

    private Reranker() {
    }

    /**
     * The candidates, best first after re-scoring; the first {@code described} of them also say which value
     * matched (the others leave it empty: only the results shown need it, and finding it costs more than the
     * re-scoring itself).
     */
    static List<Candidate> rerank(IndexReader reader, ScoreDoc[] hits, Set<String> originalTerms,
            Set<String> expandedTerms, int described) throws IOException {
        TermSet original = TermSet.of(originalTerms);
        TermSet expanded = TermSet.of(expandedTerms);
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        BinaryDocValues[] terms = new BinaryDocValues[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            terms[f] = MultiDocValues.getBinaryValues(reader, FIELDS[f] + SearchDocuments.TERMS);
        }
        NumericDocValues billable = MultiDocValues.getNumericValues(reader, SearchDocuments.BILLABLE);
        List<Scored> scored = new ArrayList<>(byDoc.length);
        for (ScoreDoc sd : byDoc) {
            scored.add(score(sd, terms, billable, expanded));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::doc));
        List<Candidate> out = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            out.add(i < described ? scored.get(i).describe(original, expanded) : scored.get(i).candidate("", 0));
        }
        return out;
    }

    /** A candidate's re-ranked score, with its analyzed field values kept for {@link #describe}. */
    private record Scored(int doc, float score, boolean billable, String[] values) {

        Candidate candidate(String matchedField, int matchedValue) {
            return new Candidate(doc, score, billable, matchedField, matchedValue);
        }

        /** The candidate with the value that has most of the query's own terms (then of its expanded terms). */
        Candidate describe(TermSet original, TermSet expanded) {
            int best = -1;
            String matchedField = "";
            int matchedValue = 0;
            for (int f = 0; f < FIELDS.length; f++) {
                String v = values[f];
                int n = valuesEnd(v);
                for (int from = 0, i = 0; from <= n && v != null; i++) {
                    int to = valueEnd(v, from, n);
                    int o = SearchTerms.overlap(v, from, to, original, expanded);
                    if (o > best) {
                        best = o;
                        matchedField = f == 0 ? "" : FIELDS[f];
                        matchedValue = i;
                    }
                    from = to + 1;
                }
            }
            return candidate(matchedField, matchedValue);
        }
    }

    private static Scored score(ScoreDoc sd, BinaryDocValues[] terms, NumericDocValues billableValues,
            TermSet expanded) throws IOException {
        double coverage = 0;
        String[] values = new String[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            if (terms[f] == null || !terms[f].advanceExact(sd.doc)) {
                continue;
            }
            String v = terms[f].binaryValue().utf8ToString();
            values[f] = v;
            boolean index = FIELDS[f].equals(SearchDocuments.INDEX);
            int n = valuesEnd(v);
            for (int from = 0; from <= n; ) {
                int to = valueEnd(v, from, n);
                double c = index ? SearchTerms.levelCoverage(v, from, to, expanded) : SearchTerms.coverage(v, from, to, expanded);
                coverage = Math.max(coverage, c);
                from = to + 1;
            }
        }
        boolean billable = billableValues != null && billableValues.advanceExact(sd.doc) && billableValues.longValue() == 1;
        double relevance = sd.score + (billable ? BILLABLE_BONUS : 0);
        float score = (float) (relevance * (1 + COVERAGE_WEIGHT * coverage * coverage) * (billable ? BILLABLE_FACTOR : 1));
        return new Scored(sd.doc, score, billable, values);
    }

    /**
     * The end of a field's line-feed separated values without trailing empty values, as {@code split("\n")}
     * counts them: -1 when there are none (a non-empty text of line feeds only); an empty text is one empty value.
     */
    private static int valuesEnd(String v) {
        if (v == null) {
            return -1;
        }
        int n = v.length();
        while (n > 0 && v.charAt(n - 1) == '\n') {
            n--;
        }
        return n == 0 && !v.isEmpty() ? -1 : n;
    }

    /** The end of the value that starts at {@code from}: the next line feed, or {@code n}. */
    private static int valueEnd(String v, int from, int n) {
        int lf = v.indexOf('\n', from);
        return lf < 0 || lf > n ? n : lf;
    }
}

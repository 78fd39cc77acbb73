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

    /** The candidates, best first after re-scoring. */
    static List<Candidate> rerank(IndexReader reader, ScoreDoc[] hits, Set<String> originalTerms,
            Set<String> expandedTerms) throws IOException {
        TermSet original = TermSet.of(originalTerms);
        TermSet expanded = TermSet.of(expandedTerms);
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        BinaryDocValues[] terms = new BinaryDocValues[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            terms[f] = MultiDocValues.getBinaryValues(reader, FIELDS[f] + SearchDocuments.TERMS);
        }
        NumericDocValues billable = MultiDocValues.getNumericValues(reader, SearchDocuments.BILLABLE);
        List<Candidate> out = new ArrayList<>(byDoc.length);
        for (ScoreDoc sd : byDoc) {
            out.add(candidate(sd, terms, billable, original, expanded));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::doc));
        return out;
    }

    private static Candidate candidate(ScoreDoc sd, BinaryDocValues[] terms, NumericDocValues billableValues,
            TermSet original, TermSet expanded) throws IOException {
        double coverage = 0;
        int best = -1;
        String matchedField = "";
        int matchedValue = 0;
        for (int f = 0; f < FIELDS.length; f++) {
            if (terms[f] == null || !terms[f].advanceExact(sd.doc)) {
                continue;
            }
            String[] values = terms[f].binaryValue().utf8ToString().split("\n");
            for (int i = 0; i < values.length; i++) {
                boolean index = FIELDS[f].equals(SearchDocuments.INDEX);
                double c = index ? SearchTerms.levelCoverage(values[i], expanded) : SearchTerms.coverage(values[i], expanded);
                coverage = Math.max(coverage, c);
                int o = SearchTerms.overlap(values[i], original, expanded);
                if (o > best) {
                    best = o;
                    matchedField = f == 0 ? "" : FIELDS[f];
                    matchedValue = i;
                }
            }
        }
        boolean billable = billableValues != null && billableValues.advanceExact(sd.doc) && billableValues.longValue() == 1;
        double relevance = sd.score + (billable ? BILLABLE_BONUS : 0);
        float score = (float) (relevance * (1 + COVERAGE_WEIGHT * coverage * coverage) * (billable ? BILLABLE_FACTOR : 1));
        return new Candidate(sd.doc, score, billable, matchedField, matchedValue);
    }
}

package org.medcoder.codesets.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches exactly the given documents, each with the score it was given: the hits of a search already run, put
 * back into a larger query as one clause. The fallback search of {@link CodeSearch} adds the any-word query to the
 * strict query's hits this way instead of weighing and scoring the strict query a second time (most of the cost of
 * a long query with synonyms is setting up its phrase and all-words scorers over three fields).
 */
final class ScoredDocsQuery extends Query {

    private final int[] docs;
    private final float[] scores;

    /** The documents of {@code hits} (top-level ids, as a search returns them) with their scores. */
    ScoredDocsQuery(ScoreDoc[] hits) {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        this.docs = new int[byDoc.length];
        this.scores = new float[byDoc.length];
        for (int i = 0; i < byDoc.length; i++) {
            if (i > 0 && byDoc[i].doc == byDoc[i - 1].doc) {
                throw new IllegalArgumentException("document " + byDoc[i].doc + " given twice");
            }
            docs[i] = byDoc[i].doc;
            scores[i] = byDoc[i].score;
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int from = lowerBound(context.docBase);
                int to = lowerBound(context.docBase + context.reader().maxDoc());
                return from == to ? null : new DocsScorer(this, context.docBase, from, to, boost);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) {
                int i = Arrays.binarySearch(docs, context.docBase + doc);
                return i >= 0 ? Explanation.match(scores[i] * boost, "score of an earlier search")
                        : Explanation.noMatch("not a hit of the earlier search");
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** Index of the first document id at or above {@code doc}. */
    private int lowerBound(int doc) {
        int i = Arrays.binarySearch(docs, doc);
        return i >= 0 ? i : -i - 1;
    }

    /** Scores docs[from, to) of one index segment. */
    private final class DocsScorer extends Scorer {
        private final int docBase;
        private final int from;
        private final int to;
        private final float boost;
        private final float max;
        private int i = -1;
        private int doc = -1;

        DocsScorer(Weight weight, int docBase, int from, int to, float boost) {
            super(weight);
            this.docBase = docBase;
            this.from = from;
            this.to = to;
            this.boost = boost;
            float m = 0;
            for (int k = from; k < to; k++) {
                m = Math.max(m, scores[k] * boost);
            }
            this.max = m;
        }

        @Override
        public float score() {
            return scores[i] * boost;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public float getMaxScore(int upTo) {
            return max;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return move(i < 0 ? from : i + 1);
                }

                @Override
                public int advance(int target) {
                    int k = Math.max(i < 0 ? from : i + 1, lowerBound(docBase + target));
                    return move(k);
                }

                @Override
                public long cost() {
                    return to - from;
                }
            };
        }

        private int move(int k) {
            i = k;
            doc = k >= to ? DocIdSetIterator.NO_MORE_DOCS : docs[k] - docBase;
            return doc;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "ScoredDocs(" + docs.length + " documents)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(docs, ((ScoredDocsQuery) other).docs)
                && Arrays.equals(scores, ((ScoredDocsQuery) other).scores);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + 31 * Arrays.hashCode(docs) + Arrays.hashCode(scores);
    }
}

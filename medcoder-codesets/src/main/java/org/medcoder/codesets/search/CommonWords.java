package org.medcoder.codesets.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Removes very common words from an any-word query. "of" is in two thirds of all titles and "with" in a quarter,
 * so "cellulitis of leg" as any-word query matched ~7,000 codes and scoring them was most of the slowest searches.
 * A word whose document frequency in its field is above {@link #COMMON_SHARE} of the index adds almost nothing to
 * BM25 (its IDF is near zero) and cannot tell codes apart; it still counts in the all-words and phrase queries and
 * in re-ranking. This is the idea of Lucene's {@code CommonTermsQuery}, applied inside the field queries that the
 * synonym graph builds. A clause keeps its words when only common or unknown words would remain.
 */
final class CommonWords {

    /** Share of all documents above which a word is common in a field: 10%, about 18,000 of 184,000 codes. */
    static final double COMMON_SHARE = 0.10;

    private CommonWords() {
    }

    /** The query without common optional words (same query when there are none). */
    static Query prune(Query q, IndexReader reader) throws IOException {
        if (q instanceof BoostQuery b) {
            Query inner = prune(b.getQuery(), reader);
            return inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Query> parts = new ArrayList<>();
            boolean changed = false;
            for (Query p : d.getDisjuncts()) {
                Query pruned = prune(p, reader);
                changed |= pruned != p;
                parts.add(pruned);
            }
            return changed ? new DisjunctionMaxQuery(parts, d.getTieBreakerMultiplier()) : q;
        }
        if (q instanceof BooleanQuery b) {
            return pruneBoolean(b, reader);
        }
        return q;
    }

    /**
     * The term's document frequency: from the statistics the query carries when they were looked up for this
     * reader (saves a second terms-dictionary seek per term and field), else from the reader.
     */
    private static int docFreq(TermQuery t, IndexReader reader) throws IOException {
        TermStates states = t.getTermStates();
        return states != null && states.wasBuiltFor(reader.getContext()) ? states.docFreq() : reader.docFreq(t.getTerm());
    }

    private static Query pruneBoolean(BooleanQuery b, IndexReader reader) throws IOException {
        long common = (long) (reader.maxDoc() * COMMON_SHARE);
        List<BooleanClause> clauses = b.clauses();
        boolean[] drop = new boolean[clauses.size()];
        boolean rareLeft = false;
        for (int i = 0; i < clauses.size(); i++) {
            BooleanClause c = clauses.get(i);
            if (c.getOccur() == Occur.SHOULD && c.getQuery() instanceof TermQuery t) {
                int df = docFreq(t, reader);
                drop[i] = df > common;
                rareLeft |= !drop[i] && df > 0;
            } else {
                rareLeft = true;
            }
        }
        boolean changed = false;
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (int i = 0; i < clauses.size(); i++) {
            BooleanClause c = clauses.get(i);
            if (drop[i] && rareLeft) {
                changed = true;
                continue;
            }
            Query inner = prune(c.getQuery(), reader);
            changed |= inner != c.getQuery();
            out.add(inner, c.getOccur());
        }
        return changed ? out.build() : b;
    }
}

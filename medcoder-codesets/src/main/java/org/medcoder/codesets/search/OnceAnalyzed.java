package org.medcoder.codesets.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the field queries of one search text from a single analysis of it. A search asks for the all-words,
 * any-word and phrase query on three fields; {@link QueryBuilder} would run the synonym graph analysis for each
 * of those nine. The query analyzer is the same for every field, so the tokens are analysed once, cached, and
 * replayed for each query. Term queries carry their term statistics, looked up once per term: the all-words and
 * any-word queries share terms, and a search that falls back to the any-word query weighs the all-words query
 * again. One instance per search and thread.
 */
final class OnceAnalyzed extends QueryBuilder {

    private final CachingTokenFilter tokens;
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    /** The text's tokens from {@code analyzer}, analysed when the first query is built, for {@code searcher}. */
    OnceAnalyzed(Analyzer analyzer, String text, IndexSearcher searcher) {
        super(analyzer);
        this.searcher = searcher;
        // The first query consumes the stream into the cache (QueryBuilder resets and closes what it is given;
        // a filled cache only rewinds on reset, and closing it again is harmless).
        this.tokens = new CachingTokenFilter(analyzer.tokenStream("", text));
    }

    /**
     * The field's query for the text: all words ({@link Occur#MUST}) or any word ({@link Occur#SHOULD}), or the
     * phrase with slop 1 when {@code phrase}; null when the text has no tokens.
     */
    Query field(String field, Occur occur, boolean phrase) {
        return phrase ? createFieldQuery(tokens, Occur.MUST, field, true, 1) : createFieldQuery(tokens, occur, field, false, 0);
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        TermStates st = states.computeIfAbsent(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException("search index unreadable", e);
            }
        });
        Query q = new TermQuery(term, st);
        return boost == BoostAttribute.DEFAULT_BOOST ? q : new BoostQuery(q, boost);
    }
}

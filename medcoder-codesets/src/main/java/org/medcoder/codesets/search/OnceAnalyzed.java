package org.medcoder.codesets.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
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
    /** The first query built of each kind (all words, any word, phrase), to move to the other fields. */
    private final Map<String, Query> built = new HashMap<>(4);

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
        String kind = phrase ? "phrase" : occur.name();
        Query template = built.get(kind);
        Query moved = template == null ? null : refield(template, field);
        if (moved != null) {
            return moved;
        }
        Query q = phrase ? createFieldQuery(tokens, Occur.MUST, field, true, 1) : createFieldQuery(tokens, occur, field, false, 0);
        if (template == null && q != null) {
            built.put(kind, q);
        }
        return q;
    }

    /**
     * The same query on another field: the analysis does not depend on the field, so only the terms change
     * (building the graph of finite strings again for each field was most of the cost of building a query). Null
     * when the query holds a kind this does not move (then it is built for the field from the tokens).
     */
    private Query refield(Query q, String field) {
        if (q instanceof TermQuery t) {
            return newTermQuery(new Term(field, t.getTerm().bytes()), BoostAttribute.DEFAULT_BOOST);
        }
        if (q instanceof BoostQuery b) {
            Query inner = refield(b.getQuery(), field);
            return inner == null ? null : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof PhraseQuery p) {
            PhraseQuery.Builder out = new PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) {
                out.add(new Term(field, terms[i].bytes()), positions[i]);
            }
            return out.build();
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                Query inner = refield(c.getQuery(), field);
                if (inner == null) {
                    return null;
                }
                out.add(inner, c.getOccur());
            }
            return out.build();
        }
        return null; // e.g. SynonymQuery, MultiPhraseQuery: their term boosts cannot be read back
    }

    /**
     * Every term of the analysed text (all synonym paths flattened), in order: what
     * {@link SearchTerms#of(Analyzer, String)} gives for the same analyzer, from the cached tokens.
     */
    Set<String> terms() {
        Set<String> out = new LinkedHashSet<>();
        try {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the search text", e);
        }
        return out;
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

package org.medcoder.codesets.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analyzed terms of texts, and how completely a stored value is covered by a query's terms. Stored values keep
 * their analyzed form (terms separated by blanks, index levels by {@code |}) so that re-ranking needs no analysis.
 */
final class SearchTerms {

    /** Words that do not make a title more specific: a code titled "..., unspecified" is the default. */
    private static final TermSet NEUTRAL = TermSet.of(Set.of("unspecifi", "no", "nos", "of", "and", "the", "or", "in", "a", "s"));

    private SearchTerms() {
    }

    /** Every term the analyzer produces for the text (all synonym paths flattened), in order. */
    static Set<String> of(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The analyzed form of a value to store beside it: its distinct terms separated by blanks. */
    static String stored(Analyzer analyzer, String text) {
        return String.join(" ", of(analyzer, text));
    }

    /** The fraction 0..1 of a value's non-neutral terms that are query terms. */
    static double coverage(String storedTerms, Set<String> query) {
        return coverage(storedTerms, TermSet.of(query));
    }

    /** {@link #coverage(String, Set)} with the query terms as a {@link TermSet} (built once per search). */
    static double coverage(String storedTerms, TermSet query) {
        return coverage(storedTerms, 0, storedTerms.length(), query);
    }

    /**
     * {@link #coverage(String, Set)} of {@code s[from, to)}. Scans by hand instead of {@code split}: re-ranking calls
     * this for every value of 100 candidates per search.
     */
    static double coverage(String s, int from, int to, TermSet query) {
        int total = 0;
        int hit = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == ' ') {
                if (i > start && !NEUTRAL.contains(s, start, i)) {
                    total++;
                    hit += query.contains(s, start, i) ? 1 : 0;
                }
                start = i + 1;
            }
        }
        return total == 0 ? 0 : (double) hit / total;
    }

    /**
     * The fraction 0..1 of an index path's levels (main term, subterm, sub-subterm ...) that the query names: a
     * path whose every level is named is the index's own answer for the query. A level is named when one of its
     * comma-separated forms ("Infarct, infarction"; "myocardium, myocardial") has all its words in the query.
     * Stored form: levels separated by {@code |}, forms by {@code ,}, terms by blanks.
     */
    static double levelCoverage(String storedLevels, Set<String> query) {
        return levelCoverage(storedLevels, TermSet.of(query));
    }

    /** {@link #levelCoverage(String, Set)} with the query terms as a {@link TermSet}. */
    static double levelCoverage(String storedLevels, TermSet query) {
        return levelCoverage(storedLevels, 0, storedLevels.length(), query);
    }

    /** {@link #levelCoverage(String, TermSet)} of {@code storedLevels[from, to)}. */
    static double levelCoverage(String storedLevels, int from, int to, TermSet query) {
        int levels = 0;
        int named = 0;
        int level = from;
        int n = to;
        while (n > from && storedLevels.charAt(n - 1) == '|') {
            n--; // trailing empty levels do not count (as String.split dropped them)
        }
        for (int i = from; i <= n; i++) {
            if (i == n || storedLevels.charAt(i) == '|') {
                levels++;
                named += levelNamed(storedLevels, level, i, query) ? 1 : 0;
                level = i + 1;
            }
        }
        return (double) named / levels;
    }

    /** Whether one of the comma-separated forms in {@code s[from, to)} has all its words in the query. */
    private static boolean levelNamed(String s, int from, int to, TermSet query) {
        int form = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == ',') {
                if (coverage(s, form, i, query) == 1.0) {
                    return true;
                }
                form = i + 1;
            }
        }
        return false;
    }

    /** How many of the query's own terms (before synonyms) the value has, then how many expanded terms. */
    static int overlap(String storedTerms, Set<String> original, Set<String> expanded) {
        return overlap(storedTerms, TermSet.of(original), TermSet.of(expanded));
    }

    /** {@link #overlap(String, Set, Set)} with the term sets built once per search. */
    static int overlap(String storedTerms, TermSet original, TermSet expanded) {
        return overlap(storedTerms, 0, storedTerms.length(), original, expanded);
    }

    /** {@link #overlap(String, TermSet, TermSet)} of {@code storedTerms[from, to)}. */
    static int overlap(String storedTerms, int from, int to, TermSet original, TermSet expanded) {
        int o = 0;
        int e = 0;
        int start = from;
        int n = to;
        for (int i = from; i <= n; i++) {
            char c = i == n ? ' ' : storedTerms.charAt(i);
            if (c == ' ' || c == '|' || c == ',') {
                if (i > start) {
                    o += original.contains(storedTerms, start, i) ? 1 : 0;
                    e += expanded.contains(storedTerms, start, i) ? 1 : 0;
                }
                start = i + 1;
            }
        }
        return o * 100 + e;
    }
}

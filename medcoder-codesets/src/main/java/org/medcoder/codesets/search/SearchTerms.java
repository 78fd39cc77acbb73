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
    private static final Set<String> NEUTRAL = Set.of("unspecifi", "no", "nos", "of", "and", "the", "or", "in", "a", "s");

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
        int total = 0;
        int hit = 0;
        for (String t : storedTerms.split(" ")) {
            if (t.isEmpty() || NEUTRAL.contains(t)) {
                continue;
            }
            total++;
            if (query.contains(t)) {
                hit++;
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
        String[] levels = storedLevels.split("\\|");
        int named = 0;
        for (String level : levels) {
            for (String form : level.split(",")) {
                if (coverage(form, query) == 1.0) {
                    named++;
                    break;
                }
            }
        }
        return (double) named / levels.length;
    }

    /** How many of the query's own terms (before synonyms) the value has, then how many expanded terms. */
    static int overlap(String storedTerms, Set<String> original, Set<String> expanded) {
        int o = 0;
        int e = 0;
        for (String t : storedTerms.split("[ |,]")) {
            if (original.contains(t)) {
                o++;
            }
            if (expanded.contains(t)) {
                e++;
            }
        }
        return o * 100 + e;
    }
}

package org.medcoder.encoder.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;

/**
 * Tabular titles as word ids, cached per code, and the score of a title against a statement. Words in
 * parentheses or brackets are supplementary (Guideline I.A.3, I.A.7): they count when present and cost nothing
 * when absent. A title word the statement lacks costs half a word; "without X" costs nothing when the statement is
 * silent on X (the classification's default) and two words when the statement says X.
 */
final class TitleWords {

    /** A title split into its essential and supplementary words. */
    record Title(int[] essential, int[] supplementary) {
    }

    /**
     * A title's fit: how many statement words it names (essential ones apart), which ones, its score, and
     * whether it says "without" something the statement has.
     */
    record Fit(int matched, int essentialMatched, long mask, double score, boolean conflict) {
    }

    /** No shared words. */
    static final int[] NONE = new int[0];

    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    private final Vocabulary vocabulary;
    private final ConcurrentHashMap<String, Title> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Title> texts = new ConcurrentHashMap<>();

    TitleWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Title of(IcdCmEntry e) {
        return NotePairing.cached(cache, e.code().value(), k -> split(e.longTitle()));
    }

    /** The title words of any classification text (7th-character meanings, inclusion terms), cached. */
    Title parse(String text) {
        return NotePairing.cached(texts, text, this::split);
    }

    private Title split(String text) {
        String t = IndexGraph.stripBoilerplate(text);
        StringBuilder inside = new StringBuilder();
        var m = PARENS.matcher(t);
        while (m.find()) {
            inside.append(' ').append(m.group(), 1, m.group().length() - 1);
        }
        return new Title(vocabulary.internAll(PARENS.matcher(t).replaceAll(" , ")), vocabulary.internAll(inside.toString()));
    }

    /**
     * The fit of a title to the statement, ignoring {@code shared} words (those every candidate has); words in
     * {@code covered} (already explained by another code) count half. {@code shared} is sorted ({@link #sorted}).
     */
    Fit fit(Title title, Statement s, int[] shared, long covered) {
        return fit(title, s, shared, NONE, covered);
    }

    /** As {@link #fit(Title, Statement, int[], long)}; {@code free} words (sorted) cost nothing when absent. */
    Fit fit(Title title, Statement s, int[] shared, int[] free, long covered) {
        int matched = 0;
        long mask = 0;
        double score = 0;
        boolean conflict = false;
        for (int id : title.essential()) {
            if (contains(shared, id)) {
                continue;
            }
            long b = s.bit(id);
            if (b != 0) {
                matched++;
                mask |= b;
                score += (b & covered) != 0 ? 0.5 : 1;
            } else if (vocabulary.isNegated(id)) {
                boolean says = s.bit(vocabulary.positive(id)) != 0;
                conflict |= says;
                score -= says ? 2 : 0;
            } else if (!contains(free, id)) {
                score -= 0.5;
            }
        }
        int essential = matched;
        for (int id : title.supplementary()) {
            long b = s.bit(id);
            if (b != 0 && !contains(shared, id)) {
                matched++;
                mask |= b;
                score += 0.5;
            }
        }
        return new Fit(matched, essential, mask, score, conflict);
    }

    /** The word ids as a sorted array for {@link #fit}. */
    static int[] sorted(Set<Integer> words) {
        return words.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static boolean contains(int[] sorted, int id) {
        if (sorted.length > 8) {
            return java.util.Arrays.binarySearch(sorted, id) >= 0;
        }
        // A level's shared words are a few: a scan that stops at the first larger id beats the search (hot path).
        for (int x : sorted) {
            if (x >= id) {
                return x == id;
            }
        }
        return false;
    }
}

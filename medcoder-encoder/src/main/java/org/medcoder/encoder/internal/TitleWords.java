package org.medcoder.encoder.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;

/**
 * Tabular titles as word ids, cached per code, and the score of a title against a statement. Words in
 * parentheses or brackets are supplementary (Guideline I.A.3, I.A.7): they count when present and cost nothing
 * when absent. A title word the statement lacks costs half a word; "without X" costs nothing when the statement is
 * silent on X (the classification's default) and two words when the statement says X.
 */
final class TitleWords {

    /**
     * A title split into its essential and supplementary words, with what {@link #fit} needs precomputed once:
     * {@code positives[i]} is the plain word of a negated essential word ("~gangren" to "gangren"), else 0;
     * {@code filter} has the {@link Statement#bloomBit} of every word a fit can find in a statement; {@code plain}
     * counts the essential words that are not negated; {@code max} is the highest score any fit can reach;
     * {@code last} keeps the last fit of the title to a statement that has none of its words ({@link #absent}).
     */
    record Title(int[] essential, int[] supplementary, int[] positives, long filter, int plain, double max,
            LastAbsent last, int[] alternatives) {

        static Title of(int[] essential, int[] supplementary, Vocabulary vocabulary) {
            return of(essential, supplementary, vocabulary, null);
        }

        /** {@code alternatives[i]}: the word joined to essential word i by "and" (I.A.14), else 0; null when none. */
        static Title of(int[] essential, int[] supplementary, Vocabulary vocabulary, int[] alternatives) {
            int[] positives = new int[essential.length];
            long filter = 0;
            int plain = 0;
            for (int i = 0; i < essential.length; i++) {
                // Fixed once the id exists: a negated stem gets its plain stem when interned (Vocabulary.intern).
                positives[i] = vocabulary.isNegated(essential[i]) ? vocabulary.positive(essential[i]) : 0;
                // A statement may have the negated stem itself ("~gangren") as well as the plain one.
                filter |= Statement.bloomBit(essential[i]) | (positives[i] != 0 ? Statement.bloomBit(positives[i]) : 0);
                plain += positives[i] != 0 ? 0 : 1;
            }
            for (int id : supplementary) {
                filter |= Statement.bloomBit(id);
            }
            return new Title(essential, supplementary, positives, filter, plain,
                    essential.length + 0.5 * supplementary.length, new LastAbsent(), alternatives);
        }

        /**
         * The title without the {@code shared} words (sorted) of a level, for fits that ignore them: a fit of the
         * result with no shared words equals the fit of this title with them, since {@link #fit} skips a shared word
         * whatever the statement says. The filter is kept as it is, so that the same statements take the short path
         * ({@link #absent}), and {@link #max} no longer counts the shared words, which can add nothing.
         */
        Title without(int[] shared) {
            if (shared.length == 0) {
                return this;
            }
            int n = 0;
            for (int id : essential) {
                n += contains(shared, id) ? 0 : 1;
            }
            int[] kept = new int[n];
            int[] keptPositives = new int[n];
            int[] keptAlternatives = alternatives == null ? null : new int[n];
            int keptPlain = 0;
            for (int i = 0, k = 0; i < essential.length; i++) {
                if (!contains(shared, essential[i])) {
                    kept[k] = essential[i];
                    keptPositives[k] = positives[i];
                    if (keptAlternatives != null) {
                        keptAlternatives[k] = alternatives[i];
                    }
                    keptPlain += positives[i] != 0 ? 0 : 1;
                    k++;
                }
            }
            int[] keptSupplementary = java.util.Arrays.stream(supplementary).filter(id -> !contains(shared, id)).toArray();
            return new Title(kept, keptSupplementary, keptPositives, filter, keptPlain,
                    kept.length + 0.5 * keptSupplementary.length, new LastAbsent(), keptAlternatives);
        }
    }

    /**
     * The fit of a title to any statement lacking all its words depends only on the {@code shared} and {@code free}
     * words asked about, and a level asks with the same arrays for every statement: the last answer is kept with
     * the arrays it was for (compared by identity). Races only recompute: the kept value is an immutable record.
     */
    static final class LastAbsent {
        private Absent value;
    }

    private record Absent(int[] shared, int[] free, Fit fit) {
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
    private static final Pattern AND_PAIR = Pattern.compile("\\b([a-z]{3,}) and ([a-z]{3,})\\b");

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
        String plain = PARENS.matcher(t).replaceAll(" , ");
        int[] essential = vocabulary.internAll(plain);
        return Title.of(essential, vocabulary.internAll(inside.toString()), vocabulary, alternatives(plain, essential));
    }

    /**
     * The "and" pairs of a title ("Family history of adenomatous and serrated polyps"): the classification reads
     * "and" in a title as "and/or" (Guideline I.A.14), so a statement naming one of the two words fits the title as
     * well as one naming both, and the other costs nothing. Null when the title joins no two words by "and".
     */
    private int[] alternatives(String text, int[] essential) {
        if (!text.contains(" and ")) {
            return null;
        }
        int[] alt = null;
        Matcher m = AND_PAIR.matcher(Lower.of(text));
        while (m.find()) {
            int[] a = vocabulary.internAll(m.group(1));
            int[] b = vocabulary.internAll(m.group(2));
            if (a.length != 1 || b.length != 1 || a[0] == b[0]) {
                continue;
            }
            for (int i = 0; i < essential.length; i++) {
                int partner = essential[i] == a[0] ? b[0] : essential[i] == b[0] ? a[0] : 0;
                if (partner != 0) {
                    alt = alt == null ? new int[essential.length] : alt;
                    alt[i] = partner;
                }
            }
        }
        return alt;
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
        if ((title.filter() & s.bloom()) == 0) {
            return absent(title, shared, free);
        }
        int matched = 0;
        long mask = 0;
        double score = 0;
        boolean conflict = false;
        int[] words = title.essential();
        // Most callers ask with no shared and no free words: no look-ups then (hot path).
        boolean anyShared = shared.length != 0;
        boolean anyFree = free.length != 0;
        for (int i = 0; i < words.length; i++) {
            int id = words[i];
            if (anyShared && contains(shared, id)) {
                continue;
            }
            long b = s.bit(id);
            if (b != 0) {
                matched++;
                mask |= b;
                score += (b & covered) != 0 ? 0.5 : 1;
            } else if (title.positives()[i] != 0) {
                boolean says = s.bit(title.positives()[i]) != 0;
                conflict |= says;
                score -= says ? 2 : 0;
            } else if (!(anyFree && contains(free, id)) && !alternativeStated(title, i, s)) {
                score -= 0.5;
            }
        }
        int essential = matched;
        for (int id : title.supplementary()) {
            long b = s.bit(id);
            if (b != 0 && !(anyShared && contains(shared, id))) {
                matched++;
                mask |= b;
                score += 0.5;
            }
        }
        return new Fit(matched, essential, mask, score, conflict);
    }

    /**
     * The fit of a title none of whose words (nor the plain words of its negated ones) is in the statement, as the
     * loop of {@link #fit} computes it: each essential word neither shared, free nor negated costs half a word.
     */
    private static Fit absent(Title title, int[] shared, int[] free) {
        Absent last = title.last().value;
        if (last != null && last.shared() == shared && last.free() == free) {
            return last.fit();
        }
        int missing = title.plain();
        if (shared.length != 0 || free.length != 0) {
            missing = 0;
            int[] essential = title.essential();
            for (int i = 0; i < essential.length; i++) {
                int id = essential[i];
                missing += title.positives()[i] == 0 && !contains(shared, id) && !contains(free, id) ? 1 : 0;
            }
        }
        double score = 0;
        score -= 0.5 * missing; // 0 - 0.0 is +0.0, as in the loop
        Fit fit = new Fit(0, 0, 0L, score, false);
        title.last().value = new Absent(shared, free, fit);
        return fit;
    }

    private static boolean alternativeStated(Title title, int i, Statement s) {
        int[] alt = title.alternatives();
        return alt != null && alt[i] != 0 && s.bit(alt[i]) != 0;
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

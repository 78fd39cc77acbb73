package org.medcoder.coding.internal;

import java.util.Set;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/** Term normalization shared by learning and matching: plural stemming (Lucene's minimal English stemmer) and stopwords. */
public final class Terms {

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "with",
            "and", "or", "by", "from", "as", "is", "was", "were", "be", "been", "are", "this", "that", "these",
            "those", "his", "her", "he", "she", "it", "its", "their", "they", "we", "which", "who", "whom", "there",
            "had", "has", "have", "not", "no", "than", "then", "also", "into", "after", "before", "during", "under",
            "over", "per", "patient", "case", "year", "years", "old", "day", "days", "one", "two", "time", "left",
            "right", "all", "both", "other", "unspecified", "nos", "due", "without", "level", "type", "being",
            "but", "so", "such", "very", "more", "most", "some", "any", "can", "may", "did", "do", "does", "our",
            "while", "where", "when", "what", "about", "up", "out", "same", "showed", "presented",
            "shows", "revealed", "performed", "observed", "showing", "mg", "ml", "cm", "mm", "months", "month",
            "week", "weeks", "hours", "hour", "admission", "study", "result", "results", "made", "found");

    /** Stateless, so one instance serves every thread. */
    private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();

    private Terms() {
    }

    /** Whether the term carries no meaning for coding on its own (function words, units, time words). */
    public static boolean isStop(String term) {
        return STOP.contains(term) || !Character.isLetter(term.charAt(0)) || term.length() == 1;
    }

    /** The term with plural endings removed ("cysts" → "cyst", "arteries" → "artery"). */
    public static String stem(String term) {
        // The minimal stemmer only removes plural endings, which end in "s": other words are returned as they are
        // without copying them (the stemmer runs on every token of every note, several times).
        if (term.length() < 4 || term.charAt(term.length() - 1) != 's') {
            return term;
        }
        char[] chars = term.toCharArray();
        int len = STEMMER.stem(chars, chars.length);
        return len == chars.length ? term : new String(chars, 0, len);
    }
}

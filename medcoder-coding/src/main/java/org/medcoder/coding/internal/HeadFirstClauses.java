package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.nlp.AnalyzedNote;

/**
 * A candidate source for short clauses the encoder could not read as written: English puts the modifier before the
 * condition ("abdominal distention"), while the Alphabetic Index lists the condition first with the organ as a
 * noun ("Distension, abdomen R14.0", Index conventions). The last {@value #MAX_WORDS}, then 2 words of a clause
 * with no clause hit of the encoder are read again head first, anatomical adjectives as their nouns
 * ({@link WordVariants}: "she presented abdominal distention" → "distention abdomen"); what the encoder finds
 * becomes a clause hit on those words (the classifier weighs it as one). Results are memoised per clause ending as the
 * note has it (the head-first reading included: it is redone for no repeated clause), bounded so memory stays flat.
 */
final class HeadFirstClauses implements ConceptMatcher {

    static final int MAX_WORDS = 3;
    private static final int CACHE_LIMIT = 50_000;
    /** Leading words that are not part of the condition's name. */
    private static final Set<String> LEADING = Set.of("a", "an", "the", "of", "with", "some", "his", "her", "its");

    private final ClauseEncoder clauses;
    private final BoundedMemo<ClauseEncoder.Encoded> encoded;

    HeadFirstClauses(ClauseEncoder clauses, Function<String, EncodeResult> encoder) {
        this.clauses = clauses;
        this.encoded = new BoundedMemo<>(CACHE_LIMIT, ending -> {
            String statement = headFirst(ending);
            return statement.isEmpty() ? List.of() : ClauseEncoder.encode(encoder, statement);
        });
    }

    @Override
    public void emptyTextMemos() {
        encoded.clear();
        clauses.emptyTextMemos();
    }

    @Override
    public List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams) {
        List<int[]> split = ClauseSplitter.clauses(note);
        List<ConceptHit> hits = clauses.match(note, grams, split);
        boolean[] read = new boolean[note.tokens().size()];
        for (ConceptHit h : hits) {
            if (ClauseEncoder.isClause(h)) {
                for (int i = h.from(); i < h.to() && i < read.length; i++) {
                    read[i] = true;
                }
            }
        }
        List<ConceptHit> out = new ArrayList<>(hits);
        for (int[] c : split) {
            if (read[c[0]] || read[c[1] - 1]) {
                continue;
            }
            // The condition ends the clause ("she presented abdominal distention"): its last 3, then 2 words.
            for (int k = Math.min(MAX_WORDS, c[1] - c[0]); k >= 2; k--) {
                // An ending with a character that is neither a letter nor a blank has no head-first reading
                // (headFirst: words of letters only): it is not spelled out and looked up.
                List<ClauseEncoder.Encoded> found = onlyLetters(note, c[1] - k, c[1])
                        ? encoded.get(ClauseSplitter.statement(note, c[1] - k, c[1])) : List.of();
                for (int i = 0; i < found.size(); i++) { // indexed: no iterator for every clause of the note
                    ClauseEncoder.Encoded e = found.get(i);
                    out.add(new ConceptHit(e.code(), c[1] - k, c[1], ClauseEncoder.SOURCE + "(head first) " + e.path(),
                            Math.min(5, e.depth())));
                }
                if (!found.isEmpty()) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The clause with its last word first and adjectives as nouns ("abdominal distention" → "distention
     * abdomen"), or empty when it has fewer than 2 or more than {@value #MAX_WORDS} words or holds anything but words.
     */
    static String headFirst(String clause) {
        List<String> words = words(clause.toLowerCase(Locale.ROOT).trim());
        while (!words.isEmpty() && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        if (words.size() < 2 || words.size() > MAX_WORDS || !allLetters(words)) {
            return "";
        }
        StringBuilder b = new StringBuilder(words.get(words.size() - 1));
        for (String w : words.subList(0, words.size() - 1)) {
            b.append(' ').append(WordVariants.canonical(w));
        }
        return b.toString();
    }

    /**
     * The text split at runs of blanks as {@code split("\\s+")} does (a trimmed text: no empty first word), without
     * compiling a regular expression for every clause.
     */
    static List<String> words(String trimmed) {
        List<String> out = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i <= trimmed.length(); i++) {
            if (i == trimmed.length() || isBlank(trimmed.charAt(i))) {
                if (i > start || out.isEmpty() && i == trimmed.length()) {
                    out.add(trimmed.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The characters {@code \\s} matches. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether the terms of tokens {@code [from, to)} hold letters and blanks only. Lower case keeps a character that is
     * not a letter one that is not a letter, and the leading words {@link #headFirst} drops are letters, so when this
     * is false {@link #headFirst} of those terms is empty.
     */
    private static boolean onlyLetters(AnalyzedNote note, int from, int to) {
        for (int i = from; i < to; i++) {
            String term = note.tokens().get(i).term();
            for (int j = 0; j < term.length(); j++) {
                char ch = term.charAt(j);
                if (!Character.isLetter(ch) && !isBlank(ch)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allLetters(List<String> words) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}

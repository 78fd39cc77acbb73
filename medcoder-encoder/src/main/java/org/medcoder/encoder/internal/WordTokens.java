package org.medcoder.encoder.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The words {@link Words} reads, as tokens that carry their stem and their roles in the tokenizer (negator,
 * stopword, negation end), found by the characters of the text without cutting a substring: each distinct word's
 * token is made once and kept (bounded, lock-free), so the tokenizer neither allocates, hashes a fresh string nor
 * probes the word sets again for a word it has seen.
 *
 * <p>Design: a token is a pure function of its word, so a table shared by every release and thread is exact; the
 * table is open addressing over an {@link AtomicReferenceArray} (a slot is filled once, by compare-and-set, and
 * never changed), filled to at most {@value #MAX_WORDS} words so that nonsense input cannot grow it: past that, a
 * word's token is made each time.
 */
final class WordTokens {

    /** One lower-case word of prepared text and what the tokenizer asks of it. */
    static final class Token {
        final String word;
        final String stem;
        /** The stem of the word when a negation scope covers it ({@code ~coma}). */
        final String negatedStem;
        /** Its first character when the word is a digit and a letter ("3a", also stage 3), else null. */
        final String digit;
        final boolean negator;
        final boolean stop;
        final boolean negationEnd;

        private Token(String word) {
            this.word = word;
            this.stem = Words.stem(word);
            this.negatedStem = "~" + stem;
            this.digit = word.length() == 2 && Character.isDigit(word.charAt(0)) && Character.isLetter(word.charAt(1))
                    ? word.substring(0, 1) : null;
            this.negator = Words.NEGATORS.contains(word);
            this.stop = Words.STOP.contains(word);
            this.negationEnd = Words.NEGATION_END.contains(word);
        }

        /** The token of a word, made afresh (not looked up). */
        static Token of(String word) {
            return new Token(word);
        }
    }

    private static final int MAX_WORDS = 200_000;
    private static final int SLOTS = 1 << 19;
    private static final AtomicReferenceArray<Token> TABLE = new AtomicReferenceArray<>(SLOTS);
    private static final AtomicInteger SIZE = new AtomicInteger();

    private WordTokens() {
    }

    /** The token of the word {@code t[start, end)}, {@code hash} its {@link String#hashCode}. */
    static Token at(String t, int start, int end, int hash) {
        int len = end - start;
        int mask = SLOTS - 1;
        for (int h = (hash ^ hash >>> 16) & mask; ; h = (h + 1) & mask) {
            Token k = TABLE.get(h);
            if (k == null) {
                Token made = Token.of(t.substring(start, end));
                if (SIZE.get() >= MAX_WORDS) {
                    return made;
                }
                if (TABLE.compareAndSet(h, null, made)) {
                    SIZE.incrementAndGet();
                    return made;
                }
                k = TABLE.get(h); // another thread filled the slot: read what it holds
            }
            if (k.word.length() == len && t.startsWith(k.word, start)) {
                return k;
            }
        }
    }
}

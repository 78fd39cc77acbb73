package org.medcoder.coding.internal;

import java.util.List;
import java.util.Map;
import org.medcoder.nlp.Token;

/**
 * The words of one note as ids of a fixed vocabulary (the dictionary's words), with where each occurs: a concept
 * is checked against the note by array reads instead of hashing strings. Token {@code i}'s word is its stem with
 * anatomical adjectives and translation variants reduced to one word ({@link WordVariants}), as in the dictionary;
 * a word outside the vocabulary has no id. Built per note; not shared between threads.
 */
final class NoteWords {

    /** Per token: the word id, or -1. */
    private final int[] ids;
    /** Per token: its sentence. */
    private final int[] sentences;
    /** Per vocabulary id: 1 + its index among the note's distinct words, or 0 when the note does not have it. */
    private final int[] slot;
    /** Per distinct word (in order of first occurrence): its id. */
    private final int[] distinctIds;
    private final int distinct;
    /** The token positions of distinct word d are {@code positions[start[d]] .. positions[start[d + 1] - 1]}, ascending. */
    private final int[] start;
    private final int[] positions;

    private NoteWords(int[] ids, int[] sentences, int[] slot, int[] distinctIds, int distinct, int[] start,
            int[] positions) {
        this.ids = ids;
        this.sentences = sentences;
        this.slot = slot;
        this.distinctIds = distinctIds;
        this.distinct = distinct;
        this.start = start;
        this.positions = positions;
    }

    /**
     * The words of the tokens, as ids (0 .. {@code size} - 1) of their stems in {@code idsByStem}, whose keys
     * {@code stems} filters.
     */
    static NoteWords of(List<Token> tokens, Map<String, Integer> idsByStem, KeyFilter stems, int size) {
        int n = tokens.size();
        int[] ids = new int[n];
        int[] sentences = new int[n];
        int[] slot = new int[size];
        int[] distinctIds = new int[n];
        int[] count = new int[n + 1];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            sentences[i] = t.sentence();
            String stem = Terms.stem(t.term());
            Integer id = stems.mightContain(stem) ? idsByStem.get(stem) : null;
            ids[i] = id == null ? -1 : id;
            if (id != null) {
                if (slot[id] == 0) {
                    distinctIds[distinct++] = id;
                    slot[id] = distinct;
                }
                count[slot[id]]++;
            }
        }
        int[] start = new int[distinct + 1];
        for (int d = 0; d < distinct; d++) {
            start[d + 1] = start[d] + count[d + 1];
        }
        int[] fill = java.util.Arrays.copyOf(start, distinct);
        int[] positions = new int[start[distinct]];
        for (int i = 0; i < n; i++) {
            if (ids[i] >= 0) {
                positions[fill[slot[ids[i]] - 1]++] = i;
            }
        }
        return new NoteWords(ids, sentences, slot, distinctIds, distinct, start, positions);
    }

    /** The word id of token {@code i}, or -1 when the vocabulary lacks it. */
    int id(int i) {
        return ids[i];
    }

    /** The sentence of token {@code i}. */
    int sentence(int i) {
        return sentences[i];
    }

    /** How many distinct vocabulary words the note has. */
    int distinct() {
        return distinct;
    }

    /** The id of the note's {@code d}-th distinct word. */
    int distinctId(int d) {
        return distinctIds[d];
    }

    /** The index of the word among the note's distinct words (the note must have it). */
    int slot(int id) {
        return slot[id] - 1;
    }

    /** Whether the note has the word. */
    boolean has(int id) {
        return slot[id] != 0;
    }

    /** Whether the note has every one of the words. */
    boolean hasAll(int[] words) {
        for (int w : words) {
            if (slot[w] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first position of the word in {@code [from, to]} whose token is in {@code sentence}, or -1. Positions
     * ascend, so the search starts at {@code from} by binary search (a word repeated all over a long note).
     */
    int firstInSentence(int id, int from, int to, int sentence) {
        int d = slot[id] - 1;
        if (d < 0) {
            return -1;
        }
        int lo = start[d];
        int hi = start[d + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < start[d + 1] && positions[k] <= to; k++) {
            if (sentences[positions[k]] == sentence) {
                return positions[k];
            }
        }
        return -1;
    }
}

package org.medcoder.encoder.internal;

import java.util.Map;

/**
 * An immutable map from word id to a sorted position list (subterms of an index term, billable codes of a note's
 * range), with primitive keys: looked up for every word of every statement on the hot path, where a boxed
 * {@code Map<Integer, int[]>} costs an {@code Integer} and an {@code equals} call per probe.
 */
final class WordPostings {

    private final int[] keys;
    private final int[][] values;
    private final int mask;

    /** The postings of {@code byWord} (word ids other than 0; ids are never 0 for stems, negative for unknowns). */
    WordPostings(Map<Integer, int[]> byWord) {
        int capacity = Integer.highestOneBit(Math.max(4, byWord.size() * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new int[capacity][];
        mask = capacity - 1;
        byWord.forEach((id, at) -> {
            if (id == 0) {
                throw new IllegalArgumentException("word id 0");
            }
            int h = slot(id);
            while (keys[h] != 0) {
                h = (h + 1) & mask;
            }
            keys[h] = id;
            values[h] = at;
        });
    }

    /** The positions of the word, or null when it has none. */
    int[] get(int id) {
        for (int h = slot(id); ; h = (h + 1) & mask) {
            int k = keys[h];
            if (k == id) {
                return values[h];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    private int slot(int id) {
        int h = id * 0x9E3779B1;
        return (h ^ (h >>> 16)) & mask;
    }
}

package org.medcoder.codesets.search;

import java.util.Collection;

/**
 * A small immutable set of terms that answers whether a region of a string is one of them without cutting the
 * region out: re-ranking looks up every term of every value of 100 candidates per search, and a substring plus
 * {@code HashSet.contains} per term (allocating and hashing) was a tenth of a broad search.
 */
final class TermSet {

    private final String[] table;
    private final int mask;

    private TermSet(Collection<String> terms) {
        int size = Integer.highestOneBit(Math.max(4, terms.size()) * 2) * 2;
        this.table = new String[size];
        this.mask = size - 1;
        for (String t : terms) {
            if (!contains(t, 0, t.length())) {
                int slot = spread(t.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = t;
            }
        }
    }

    /** The set of these terms. */
    static TermSet of(Collection<String> terms) {
        return new TermSet(terms);
    }

    /** Whether {@code s[from, to)} is one of the terms. */
    boolean contains(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i); // String.hashCode of the region
        }
        int n = to - from;
        for (int slot = spread(h) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String t = table[slot];
            if (t.length() == n && s.regionMatches(from, t, 0, n)) {
                return true;
            }
        }
        return false;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

package org.medcoder.coding.internal;

import java.util.Collection;

/**
 * The hashes of a fixed set of strings, one bit each (a Bloom filter with one hash function): when
 * {@link #mightContain} says no, the string is certainly not in the set; when it says yes, the map holding the set
 * decides. A look-up in a large hash map costs a cache miss or two, most of a note's words and n-grams are in none
 * of the maps, and this array is much smaller than the map (16 bits per string: about 6% of absent strings pass).
 * Immutable and safe to share between threads.
 */
final class KeyFilter {

    private final long[] bits;
    private final int shift;

    /** A filter of these strings. */
    KeyFilter(Collection<String> keys) {
        int size = Integer.highestOneBit(Math.max(64, keys.size() * 16 - 1)) << 1;
        this.bits = new long[size >>> 6];
        this.shift = 32 - Integer.numberOfTrailingZeros(size);
        for (String k : keys) {
            int i = index(k);
            bits[i >>> 6] |= 1L << i;
        }
    }

    /** False when the string is certainly not one of the keys. */
    boolean mightContain(String s) {
        int i = index(s);
        return (bits[i >>> 6] & 1L << i) != 0;
    }

    /** The bit of a string: the top bits of its hash times the golden ratio (String hashes differ in low bits). */
    private int index(String s) {
        return s.hashCode() * 0x9E3779B9 >>> shift;
    }
}

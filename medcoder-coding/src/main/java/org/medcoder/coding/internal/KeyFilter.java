package org.medcoder.coding.internal;

import java.util.Collection;

/**
 * The hashes of a fixed set of strings, two bits each in one 64-bit word (a blocked Bloom filter): when
 * {@link #mightContain} says no, the string is certainly not in the set; when it says yes, the map holding the set
 * decides. A look-up in a large hash map costs a cache miss or two, most of a note's words and n-grams are in none
 * of the maps, and this array is much smaller than the map. With 16 bits per string about 2% of absent strings pass
 * (one bit per string let about 6% through), still with one memory read per question. Immutable and safe to share
 * between threads.
 */
final class KeyFilter {

    private final long[] words;
    private final int shift;

    /** A filter of these strings. */
    KeyFilter(Collection<String> keys) {
        int bits = Integer.highestOneBit(Math.max(64, keys.size() * 16 - 1)) << 1;
        this.words = new long[bits >>> 6];
        this.shift = 64 - Integer.numberOfTrailingZeros(words.length);
        for (String k : keys) {
            long x = mix(k);
            words[word(x)] |= mask(x);
        }
    }

    /** False when the string is certainly not one of the keys. */
    boolean mightContain(String s) {
        long x = mix(s);
        long m = mask(x);
        return (words[word(x)] & m) == m;
    }

    /** The string's hash spread over 64 bits (String hashes differ in their low bits). */
    private static long mix(String s) {
        return (s.hashCode() & 0xFFFF_FFFFL) * 0x9E37_79B9_7F4A_7C15L;
    }

    /** The word of a string: the top bits of the mixed hash (there are at least two words). */
    private int word(long x) {
        return (int) (x >>> shift);
    }

    /** The two bits of a string in its word, from mixed bits below those that chose the word. */
    private static long mask(long x) {
        return 1L << (x >>> 26) | 1L << (x >>> 32);
    }
}

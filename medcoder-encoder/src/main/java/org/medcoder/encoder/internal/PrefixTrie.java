package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The literal prefixes of an ordered list of entries as a character trie: at a text position, the ordinals of the
 * entries whose prefix the text has there, in list order. Built once; read without locks.
 *
 * <p>Design: {@link Abbreviations} tries its ~1,250 variants at every word start of every statement, and most
 * share their first two characters with many others ("hi", "pr", "st"); walking the trie along the text visits
 * only the variants whose whole literal prefix is there. A one-character prefix ("e" of "e. coli") is only kept
 * before the characters its entry can go on with, or at the text's last character, so that a lone letter does not
 * make every word starting with it try a regex.
 */
final class PrefixTrie {

    private static final char ASCII = 128;

    /** A trie node: its children by character (parallel arrays) and the ordinals of the prefixes ending here. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        int[] ends = new int[0];

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node n = child(c);
            if (n == null) {
                n = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = n;
            }
            return n;
        }
    }

    /** The root's children by ASCII character (hot path: one array read for the first character). */
    private final Node[] first = new Node[ASCII];
    /** For a one-character prefix's entry, the ASCII characters it can go on with (128 bits), else null. */
    private final long[][] goOn;
    /** The most ordinals one text position can collect (the size of a {@link #at} buffer). */
    private final int most;

    /**
     * A trie of the prefixes (ASCII, not empty; entry {@code i} has {@code prefixes.get(i)}); {@code canGoOn}
     * says whether entry {@code i} with a one-character prefix can match text starting with it and a character.
     */
    PrefixTrie(List<String> prefixes, BiPredicate<Integer, Character> canGoOn) {
        goOn = new long[prefixes.size()][];
        List<Node> all = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            String p = prefixes.get(i);
            if (p.isEmpty() || p.chars().anyMatch(c -> c >= ASCII)) {
                throw new IllegalArgumentException("prefix must be ASCII and not empty: '" + p + "'");
            }
            Node n = first[p.charAt(0)] != null ? first[p.charAt(0)] : (first[p.charAt(0)] = new Node());
            for (int k = 1; k < p.length(); k++) {
                n = n.add(p.charAt(k));
            }
            n.ends = Arrays.copyOf(n.ends, n.ends.length + 1);
            n.ends[n.ends.length - 1] = i;
            if (p.length() == 1) {
                goOn[i] = new long[2];
                for (char c = 0; c < ASCII; c++) {
                    goOn[i][c >>> 6] |= canGoOn.test(i, c) ? 1L << c : 0;
                }
            }
        }
        int max = 0;
        for (Node n : first) {
            max = Math.max(max, most(n));
        }
        most = max;
    }

    private static int most(Node n) {
        if (n == null) {
            return 0;
        }
        int below = 0;
        for (Node c : n.children) {
            below = Math.max(below, most(c));
        }
        return n.ends.length + below;
    }

    /** A buffer for {@link #at}. */
    int[] buffer() {
        return new int[most];
    }

    /**
     * Fills {@code out} with the ordinals of the entries whose prefix {@code t} has at {@code start}, in ascending
     * order, and returns their number.
     */
    int at(String t, int start, int[] out) {
        char c = t.charAt(start);
        Node n = c < ASCII ? first[c] : null;
        int count = 0;
        if (n != null) {
            count = oneCharacter(n.ends, t, start, out);
            for (int i = start + 1; i < t.length() && (n = n.child(t.charAt(i))) != null; i++) {
                for (int e : n.ends) {
                    count = insert(out, count, e);
                }
            }
        }
        return count;
    }

    /** The one-character prefixes' entries that can go on with the next character (all of them at the text's end). */
    private int oneCharacter(int[] ends, String t, int start, int[] out) {
        int count = 0;
        boolean last = start + 1 == t.length();
        char next = last ? 0 : t.charAt(start + 1);
        for (int e : ends) {
            if (last || next < ASCII && (goOn[e][next >>> 6] & 1L << next) != 0) {
                count = insert(out, count, e);
            }
        }
        return count;
    }

    /** Inserts {@code e} into the sorted first {@code count} elements of {@code out}. */
    private static int insert(int[] out, int count, int e) {
        int i = count;
        while (i > 0 && out[i - 1] > e) {
            out[i] = out[i - 1];
            i--;
        }
        out[i] = e;
        return count + 1;
    }
}

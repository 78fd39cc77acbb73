package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A diagnostic statement analysed for matching: abbreviations written out, words stemmed to vocabulary ids
 * (words the classification never uses get private negative ids), at most {@value #MAX_WORDS} distinct words.
 * Coverage of the statement is a bit mask over {@link #ids}, one bit per distinct word.
 */
public final class Statement {

    /** Longest statement read; a diagnostic statement is a line, anything longer is cut (bad-input guard). */
    public static final int MAX_CHARS = 2_000;
    static final int MAX_WORDS = 64;

    /** The text cut to {@link #MAX_CHARS}, as every reader of a statement sees it. */
    static String truncate(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    final String text;
    final String expanded;
    final int[] ids;
    final String[] stems;
    /** Words before "due to", "secondary to", "caused by": the condition itself rather than its cause; 0 if none. */
    long head;
    /** {@link #ids} and the index words aliased to them ({@link SiteAliases}): the words subterms are searched by. */
    int[] searchIds;
    /** The statement's "word number" pairs ({@link NumberedWords}): "level 1" states no "type 1". */
    Set<String> numbered = Set.of();
    /** Ids of the plain words the statement negates ("without gangrene": the id of "gangrene"). */
    int[] negated = new int[0];
    /** Bits of the statement's negated words ("~gangren"). */
    long negatedMask;

    private static final GuardedPattern CAUSE = GuardedPattern.compile(
            "(?=[dscb])\\b(due to|secondary to|caused by|because of)\\b");

    /**
     * Hash slots of the ids (0 = empty; ids are never 0) and their bit positions, at most a quarter full: sized to the
     * statement's words and doubled when aliases fill them (most statements have a few words; every analysis makes them).
     */
    private int[] slots;
    private byte[] positions;
    private int filled;
    /** One bit ({@link #bloomBit}) per word id in {@link #slots}: most absent words are told without a probe. */
    private long bloom;

    private Statement(String text, String expanded, int[] ids, String[] stems) {
        this.text = text;
        this.expanded = expanded;
        this.ids = ids;
        this.stems = stems;
        this.searchIds = ids;
        int capacity = 16;
        while (capacity < ids.length * 4) {
            capacity <<= 1;
        }
        this.slots = new int[capacity];
        this.positions = new byte[capacity];
        for (int i = 0; i < ids.length; i++) {
            put(ids[i], i);
        }
    }

    /** Analyses the statement against the vocabulary of the classification. */
    public static Statement analyse(String text, Vocabulary vocabulary) {
        String t = truncate(text);
        String expanded = OrganismFirst.rewrite(Shorthand.rewrite(UnstatedAxis.silence(Abbreviations.expand(t))));
        List<String> stems = Words.stems(expanded);
        List<String> kept = new ArrayList<>();
        int[] ids = new int[Math.min(stems.size(), MAX_WORDS)];
        int n = 0;
        int unknown = -1;
        for (String s : stems) {
            if (n == MAX_WORDS) {
                break;
            }
            int id = vocabulary.internBounded(s);
            if (id < 0) {
                id = unknown--;
            }
            if (indexOf(ids, n, id) < 0) {
                ids[n++] = id;
                kept.add(s);
            }
        }
        Statement st = new Statement(t, expanded, java.util.Arrays.copyOf(ids, n), kept.toArray(String[]::new));
        st.numbered = NumberedWords.pairs(stems);
        for (int i = 0; i < st.stems.length; i++) {
            if (st.stems[i].startsWith("~")) {
                st.negatedMask |= 1L << i;
                int plain = vocabulary.lookup(st.stems[i].substring(1));
                st.negated = plain < 0 ? st.negated : append(st.negated, plain);
            }
        }
        SiteAliases.apply(st, vocabulary);
        java.util.regex.Matcher m = CAUSE.mayMatch(expanded) ? CAUSE.matcher(expanded) : null;
        if (m != null && m.find()) {
            for (String h : Words.stems(expanded.substring(0, m.start()))) {
                st.head |= st.bit(vocabulary.lookup(h));
            }
        }
        return st;
    }

    private static int[] append(int[] a, int v) {
        int[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }

    /** Whether the statement negates one of the term's words ("without gangrene" and the subterm "gangrene"). */
    boolean negates(Node n) {
        for (int w : n.words) {
            for (int x : negated) {
                if (w == x) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(int[] a, int n, int id) {
        for (int i = 0; i < n; i++) {
            if (a[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** The bit of the word in this statement, or 0 when the statement lacks it (hot path: open addressing). */
    long bit(int id) {
        int mixed = mix(id);
        if ((bloom & 1L << (mixed >>> 26)) == 0) {
            return 0L;
        }
        int mask = slots.length - 1;
        for (int h = mixed & mask; ; h = (h + 1) & mask) {
            int k = slots[h];
            if (k == 0) {
                return 0L;
            }
            if (k == id) {
                return 1L << positions[h];
            }
        }
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B1;
        return h ^ (h >>> 16);
    }

    /** The statement's word filter: the {@link #bloomBit} of every word it has, aliases included. */
    long bloom() {
        return bloom;
    }

    /** The bit of the word id in a statement's or a term's word filter (a statement lacks a word if it lacks its bit). */
    static long bloomBit(int id) {
        return 1L << (mix(id) >>> 26);
    }

    /** Lets index word {@code id} match the statement word at {@code position} (a site the index names otherwise). */
    void alias(int id, int position) {
        if (id < 0 || bit(id) != 0) {
            return;
        }
        put(id, position);
        searchIds = append(searchIds, id);
    }

    /** A copy of the statement whose word at {@code position} also matches the index word {@code id}. */
    Statement aliased(int id, int position) {
        Statement c = new Statement(text, expanded, ids, stems);
        c.head = head;
        c.numbered = numbered;
        c.negated = negated;
        c.negatedMask = negatedMask;
        for (int i = ids.length; i < searchIds.length; i++) {
            c.alias(searchIds[i], Long.numberOfTrailingZeros(bit(searchIds[i])));
        }
        c.alias(id, position);
        return c;
    }

    /** Adds a word id (not yet in the slots) at its bit position, doubling the slots past a quarter full. */
    private void put(int id, int position) {
        if ((filled + 1) * 4 > slots.length) {
            int[] oldSlots = slots;
            byte[] oldPositions = positions;
            slots = new int[oldSlots.length * 2];
            positions = new byte[oldSlots.length * 2];
            for (int h = 0; h < oldSlots.length; h++) {
                if (oldSlots[h] != 0) {
                    place(oldSlots[h], oldPositions[h]);
                }
            }
        }
        place(id, (byte) position);
        filled++;
        bloom |= bloomBit(id);
    }

    private void place(int id, byte position) {
        int mask = slots.length - 1;
        int h = mix(id) & mask;
        while (slots[h] != 0) {
            h = (h + 1) & mask;
        }
        slots[h] = id;
        positions[h] = position;
    }

    /** Whether the statement contains the stem. */
    boolean has(String stem) {
        for (String s : stems) {
            if (s.equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement contains a stem starting with the prefix. */
    boolean hasPrefix(String prefix) {
        for (String s : stems) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Mask of the statement words among {@code words}. */
    long maskOf(int[] words) {
        long m = 0;
        for (int w : words) {
            m |= bit(w);
        }
        return m;
    }

    /**
     * Mask of the required words a term covers when the statement has every required word of one alternative (the
     * best one); {@code -1} when no alternative is fully present. A connector covers 0.
     */
    long match(Node n) {
        if (!n.connector && (n.filter & bloom) == 0) {
            return -1; // none of the term's words (hot path: most subterms tried)
        }
        long best = -1;
        for (int[] alt : n.required) {
            long m = 0;
            boolean all = true;
            for (int w : alt) {
                long b = bit(w);
                if (b == 0) {
                    all = false;
                    break;
                }
                m |= b;
            }
            if (all && (best < 0 || Long.bitCount(m) > Long.bitCount(best))) {
                best = m;
            }
        }
        return best >= 0 && numberElsewhere(n) ? -1 : best;
    }

    /** Whether the statement gives the term's number to another word ("level 1" is no "type 1"; I.B.1). */
    private boolean numberElsewhere(Node n) {
        return n.numbered != null && !numbered.isEmpty() && !numbered.contains(n.numbered) && numbered.stream().anyMatch(
                p -> NumberedWords.numberOf(p).equals(NumberedWords.numberOf(n.numbered)));
    }

    /** Mask of the term's nonessential (optional) words present in the statement. */
    long optional(Node n) {
        return maskOf(n.optional);
    }

    /** Number of distinct words. */
    int size() {
        return ids.length;
    }

    /** The words (stems) not in the mask, for trails and leftover detection. */
    List<String> uncovered(long mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stems.length; i++) {
            if ((mask & (1L << i)) == 0) {
                out.add(stems[i]);
            }
        }
        return out;
    }
}

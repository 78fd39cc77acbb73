package org.medcoder.encoder.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Word stems as small integers, so that matching a statement against a hundred thousand index terms compares
 * ints. Stems of the classification are interned; a statement's words are only looked up, so nonsense input
 * cannot grow the vocabulary.
 */
public final class Vocabulary {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>(1 << 16);
    private static final int MAX_SIZE = 1_000_000;
    private final AtomicInteger next = new AtomicInteger();
    /**
     * For each id, the id of its plain stem when the id is a negated stem, else 0 (ids start at 1). Read without a
     * lock on the hot path; written under the lock, the array replaced (copied) when it grows.
     */
    private volatile int[] positives = new int[1 << 16];

    /** The id of a stem of the classification, assigned on first sight. */
    public int intern(String stem) {
        Integer id = ids.get(stem);
        if (id != null) {
            return id;
        }
        int fresh = ids.computeIfAbsent(stem, s -> next.incrementAndGet());
        if (stem.startsWith("~")) {
            setPositive(fresh, intern(stem.substring(1)));
        }
        return fresh;
    }

    private synchronized void setPositive(int negatedId, int positiveId) {
        int[] a = positives;
        if (negatedId >= a.length) {
            a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, negatedId + 1));
        }
        if (a[negatedId] == 0) {
            a[negatedId] = positiveId;
        }
        positives = a;
    }

    /** For a negated stem ("~coma"), the id of the plain stem ("coma"), or -1 when unknown. */
    public int positive(int negatedId) {
        int[] a = positives;
        return negatedId > 0 && negatedId < a.length && a[negatedId] != 0 ? a[negatedId] : -1;
    }

    /** Whether the id is a negated stem ("without X"). */
    public boolean isNegated(int id) {
        int[] a = positives;
        return id > 0 && id < a.length && a[id] != 0;
    }

    /**
     * The id of a statement's stem: interned like the classification's while the vocabulary is below
     * {@value #MAX_SIZE} stems (titles and 7th-character meanings are interned lazily), else looked up only, so that
     * nonsense input cannot grow it without bound.
     */
    public int internBounded(String stem) {
        Integer id = ids.get(stem);
        if (id != null) {
            return id;
        }
        return ids.size() < MAX_SIZE && stem.length() <= 40 ? intern(stem) : -1;
    }

    /** The id of a known stem, or {@code -1}. */
    public int lookup(String stem) {
        Integer id = ids.get(stem);
        return id == null ? -1 : id;
    }

    /** Interned, de-duplicated ids of the text's stems. */
    public int[] internAll(String text) {
        List<String> stems = Words.stems(text);
        return stems.stream().mapToInt(this::intern).distinct().toArray();
    }
}

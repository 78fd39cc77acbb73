package org.medcoder.coding.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo of encoder results per text, bounded so memory stays flat over any number of documents: when full it is
 * emptied (a crude bound: the texts repeat, so it refills with the common ones). Safe to share between threads.
 *
 * @param <V> the kind of value listed per text
 */
final class BoundedMemo<V> {

    private final int limit;
    private final Function<String, List<V>> compute;
    private final Map<String, List<V>> cache = new ConcurrentHashMap<>();

    /** A memo of {@code compute} holding at most {@code limit} texts. */
    BoundedMemo(int limit, Function<String, List<V>> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    /** The values of the text, computed once until the memo is emptied; an immutable list. */
    List<V> get(String text) {
        List<V> cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        List<V> values = List.copyOf(compute.apply(text));
        if (cache.size() >= limit) {
            cache.clear();
        }
        cache.put(text, values);
        return values;
    }

    /** Empties the memo: each text is computed again on its next {@link #get}. */
    void clear() {
        cache.clear();
    }
}

package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Map;

/**
 * Index terms by word id, as an array indexed by the id (ids of the classification's stems are small positive
 * ints): filled once when an index is compiled, read on the hot path without hashing a boxed id. Ids the index
 * never used (negative ids of unknown statement words, ids interned later) have no terms.
 */
final class TermsByWord {

    private final List<Node>[] terms;

    @SuppressWarnings("unchecked")
    TermsByWord(Map<Integer, List<Node>> byWord) {
        int max = 0;
        for (int id : byWord.keySet()) {
            max = Math.max(max, id);
        }
        List<Node>[] t = new List[max + 1];
        byWord.forEach((id, list) -> {
            if (id >= 0) {
                t[id] = list;
            }
        });
        this.terms = t;
    }

    /** The terms filed under the word, or an empty list. */
    List<Node> get(int id) {
        List<Node> t = id >= 0 && id < terms.length ? terms[id] : null;
        return t == null ? List.of() : t;
    }

    /** The word of a wording filed under the fewest terms (the first word of an empty wording: 0). */
    static int rarest(int[] words, Map<Integer, List<Node>> byWord) {
        int best = words.length == 0 ? 0 : words[0];
        for (int w : words) {
            if (byWord.get(w).size() < byWord.get(best).size()) {
                best = w;
            }
        }
        return best;
    }
}

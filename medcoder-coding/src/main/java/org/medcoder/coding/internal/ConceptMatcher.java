package org.medcoder.coding.internal;

import java.util.List;
import java.util.Map;
import org.medcoder.nlp.AnalyzedNote;

/** Finds code-set concepts (index terms, titles, inclusion terms) in an analyzed note. */
public interface ConceptMatcher {

    /** No code set loaded: finds nothing. */
    ConceptMatcher NONE = (note, grams) -> List.of();

    /** The concepts found, given the note and its n-grams. */
    List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams);

    /**
     * Empties this matcher's memos of results per text, and those of the matchers it reads (none by default). The
     * memos are only a speed-up: {@link #match} gives the same hits with or without them.
     */
    default void emptyTextMemos() {
    }
}

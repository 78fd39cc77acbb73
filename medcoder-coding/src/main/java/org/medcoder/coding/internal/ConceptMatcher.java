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
}

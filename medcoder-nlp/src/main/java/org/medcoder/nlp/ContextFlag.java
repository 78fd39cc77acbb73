package org.medcoder.nlp;

/** What the context says about a finding (NegEx / ConText categories). */
public enum ContextFlag {
    /** Absent: "denies chest pain", "no evidence of pneumonia". */
    NEGATED,
    /** The patient's past, not current: "history of", "status post". */
    HISTORICAL,
    /** Someone else's condition: "mother had", "family history of". */
    FAMILY,
    /** Not (yet) real: "if", "return for", "risk of", "plan to". */
    HYPOTHETICAL,
    /** Not confirmed: "probable", "suspected", "rule out", "versus", "consistent with" (Guideline IV.H, II.H). */
    UNCERTAIN
}

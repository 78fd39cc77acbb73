package org.medcoder.coding.internal;

/**
 * A code-set concept found in a note: the code, the tokens it covers and how it was found.
 *
 * @param code   the normalized code (upper case, no dot)
 * @param from   the first token index
 * @param to     one past the last token index
 * @param source the index path or tabular title that matched
 * @param words  how many content words matched (more words, more specific)
 */
public record ConceptHit(String code, int from, int to, String source, int words) {
}

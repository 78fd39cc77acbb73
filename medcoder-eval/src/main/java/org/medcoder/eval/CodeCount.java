package org.medcoder.eval;

/**
 * A code and how many times it was counted (e.g. as a false positive).
 *
 * @param code  the normalized code
 * @param count how many documents
 */
public record CodeCount(String code, int count) {
}

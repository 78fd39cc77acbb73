package org.medcoder.codesets.search;

/**
 * A search candidate after re-ranking.
 *
 * @param doc          the Lucene document id
 * @param score        the re-ranked score
 * @param billable     whether the code is billable (ICD-10-CM), valid (PCS) or active (HCPCS)
 * @param matchedField the field whose value matched best when it is not the title ({@code index},
 *                     {@code inclusion}), else empty
 * @param matchedValue the position of that value among the field's values
 */
record Candidate(int doc, float score, boolean billable, String matchedField, int matchedValue) {
}

package org.medcoder.eval;

import java.util.List;

/**
 * The scorecard of one CodiEsp task (D = diagnoses, P = procedures).
 *
 * @param task              {@code D} or {@code P}
 * @param map               the official CodiEsp metric: mean over documents with gold codes of the average precision
 *                          of the ranked predictions (trec_eval {@code map})
 * @param full              micro counts at full code
 * @param category          micro counts at category level (3 characters for D, 4 for P)
 * @param predicted         number of distinct (document, code) predictions
 * @param invalidPredicted  predictions the release does not allow as reported codes (0 when no release is loaded)
 * @param goldRows          number of gold (document, code) rows
 * @param goldNotInRelease  gold codes the release does not have at any level (P: 7-character codes only)
 * @param goldPartial       gold codes shorter than a full code (P: 4-character partial codes)
 * @param release           the release checked, empty when none was loaded
 * @param topFalsePositives the 20 most frequent false positives at full code
 * @param topFalseNegatives the 20 most frequent false negatives at full code
 * @param goldRanked        gold (document, code) rows found anywhere in the document's ranking (the MAP ceiling)
 * @param mapOrdered        the MAP of the same ranked codes with the gold codes moved first among the proposals and
 *                          first among the further codes: how much MAP re-ordering alone could add, proposals
 *                          still before the further codes
 */
public record TaskScore(String task, double map, MicroScore full, MicroScore category, long predicted,
        long invalidPredicted, long goldRows, long goldNotInRelease, long goldPartial, String release,
        List<CodeCount> topFalsePositives, List<CodeCount> topFalseNegatives, long goldRanked,
        double mapOrdered) {

    public TaskScore {
        topFalsePositives = List.copyOf(topFalsePositives);
        topFalseNegatives = List.copyOf(topFalseNegatives);
    }

    /** The share of predictions that are not reportable in the release (0 when nothing was predicted). */
    public double invalidShare() {
        return predicted == 0 ? 0 : (double) invalidPredicted / predicted;
    }
}

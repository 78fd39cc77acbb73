package org.medcoder.eval;

/**
 * Micro-averaged counts over all documents: true positives, false positives and false negatives.
 *
 * @param tp predicted and gold
 * @param fp predicted, not gold
 * @param fn gold, not predicted
 */
public record MicroScore(long tp, long fp, long fn) {

    public MicroScore {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    /** tp / (tp + fp), 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn), 0 when there is no gold. */
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

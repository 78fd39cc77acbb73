package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The learned re-ranker: boosted trees over the {@link CandidateRanker} rows of out-of-fold candidates, whose
 * probability is the confidence a proposed code carries. Besides the model fitted on every row it keeps
 * probabilities for each row from a model that did not see that row's document (two halves of the documents,
 * each scored by trees fitted on the other), so the proposal threshold and the calibration check are honest.
 */
final class SecondStage {

    /**
     * 100 trees of depth 4, learning rate 0.1: on train (out-of-fold candidates of all 500 documents) the best of
     * the settings tried (150×3, 300×3 at 0.05, 200×2, 80×3) by candidate-level F1 and average precision, all
     * within 0.002 of each other.
     */
    static final BoostedTrees.Settings SETTINGS = new BoostedTrees.Settings(100, 4, 0.1, 1, 10);

    private final ToDoubleFunction<double[]> model;
    private final double[] outOfFold;

    private SecondStage(ToDoubleFunction<double[]> model, double[] outOfFold) {
        this.model = model;
        this.outOfFold = outOfFold;
    }

    /**
     * Fits the re-ranker.
     *
     * @param rows   one row per candidate
     * @param labels whether the candidate is a gold code of its document
     * @param docOf  the document index of each row (rows of one document are scored out of fold together)
     */
    static SecondStage train(List<double[]> rows, List<Boolean> labels, int[] docOf) {
        return train(rows, labels, docOf, true);
    }

    /** As above; {@code trees} false fits a logistic regression instead (rows then start with the bias 1.0). */
    static SecondStage train(List<double[]> rows, List<Boolean> labels, int[] docOf, boolean trees) {
        int n = rows.size();
        boolean[] y = toArray(labels);
        double[] oof = new double[n];
        if (n == 0) {
            return new SecondStage(null, oof);
        }
        for (int half = 0; half < 2; half++) {
            List<double[]> fit = new ArrayList<>();
            List<Boolean> fitY = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (docOf[i] % 2 != half) {
                    fit.add(rows.get(i));
                    fitY.add(y[i]);
                }
            }
            if (fit.isEmpty()) {
                continue;
            }
            ToDoubleFunction<double[]> m = fitOne(fit, fitY, trees);
            for (int i = 0; i < n; i++) {
                if (docOf[i] % 2 == half) {
                    oof[i] = m.applyAsDouble(rows.get(i));
                }
            }
        }
        return new SecondStage(fitOne(rows, labels, trees), oof);
    }

    /** The model's probability: boosted trees under the log loss, or a logistic regression. */
    private static ToDoubleFunction<double[]> fitOne(List<double[]> rows, List<Boolean> labels, boolean trees) {
        if (!trees) {
            return Logistic.fit(rows, labels, 12, 1.0)::probability;
        }
        return BoostedTrees.fit(rows, toArray(labels), SETTINGS)::probability;
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** The probability that a candidate with this row is a code of its document. */
    double probability(double[] row) {
        if (model == null) {
            return 0;
        }
        return model.applyAsDouble(row);
    }

    /** Each training row's probability from the trees fitted without its document. */
    double[] outOfFold() {
        return outOfFold.clone();
    }
}

package org.medcoder.coding.internal;

import java.util.List;

/**
 * Plain logistic regression trained by full-batch gradient descent with L2 regularization: small, deterministic
 * and fast enough for tens of thousands of candidate rows. The output is a probability, so the confidence it
 * gives is calibrated on the data it was fitted on.
 */
public final class Logistic {

    private final double[] weights;

    Logistic(double[] weights) {
        this.weights = weights.clone();
    }

    /**
     * Fits weights to rows of features (each starting with the bias 1.0) and 0/1 labels by Newton's method
     * (iteratively reweighted least squares) with an L2 penalty on every weight but the bias.
     */
    public static Logistic fit(List<double[]> rows, List<Boolean> labels, int iterations, double l2) {
        int dim = rows.get(0).length;
        double[] w = new double[dim];
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[dim];
            double[][] hess = new double[dim][dim];
            for (int r = 0; r < rows.size(); r++) {
                double[] x = rows.get(r);
                double p = sigmoid(dot(w, x));
                double err = p - (labels.get(r) ? 1 : 0);
                double v = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < dim; i++) {
                    grad[i] += err * x[i];
                    for (int j = 0; j <= i; j++) {
                        hess[i][j] += v * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < i; j++) {
                    hess[j][i] = hess[i][j];
                }
                if (i > 0) {
                    grad[i] += l2 * w[i];
                    hess[i][i] += l2;
                }
                hess[i][i] += 1e-9;
            }
            double[] step = solve(hess, grad);
            for (int i = 0; i < dim; i++) {
                w[i] -= step[i];
            }
        }
        return new Logistic(w);
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    /** The probability for one row of features. */
    public double probability(double[] x) {
        return sigmoid(dot(weights, x));
    }

    double[] weights() {
        return weights.clone();
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * x[k];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

package org.medcoder.coding.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees for a 0/1 label under log loss: a small, deterministic learner that finds
 * interactions a logistic regression cannot (a strong association is worth less when the dictionary disagrees, a
 * high prior is worth more for a code mentioned in several sentences). Features are cut into at most
 * {@value #BINS} quantile bins once; each tree has a fixed depth and is grown level by level from gradient and
 * hessian histograms (Newton leaves with an L2 penalty), then shrunk by the learning rate. The output is a
 * probability, trained on the log loss, so it is calibrated on data like the training rows.
 */
final class BoostedTrees {

    static final int BINS = 32;

    /** How the trees are grown. */
    record Settings(int trees, int depth, double rate, double lambda, double minHessian) {

        Settings {
            if (trees < 0 || depth < 1 || depth > 8 || rate <= 0 || lambda < 0 || minHessian < 0) {
                throw new IllegalArgumentException("bad boosting settings: " + trees + " trees, depth " + depth
                        + ", rate " + rate + ", lambda " + lambda + ", min hessian " + minHessian);
            }
        }
    }

    private final double base;
    private final int depth;
    /** Per tree, the split feature of each internal node (level order; -1: no split, go left). */
    private final int[][] features;
    /** Per tree, the split value of each internal node (left when the feature is at most this value). */
    private final double[][] cuts;
    /** Per tree, the leaf values (already multiplied by the learning rate). */
    private final double[][] leaves;

    /** The same trees laid out one after another in flat arrays, read by {@link #margin} (fewer indirections). */
    private final int[] flatFeatures;
    private final double[] flatCuts;
    private final double[] flatLeaves;
    /** The split feature of each node for {@link #margin}: a node without a split reads feature 0 ... */
    private final int[] walkFeatures;
    /** ... and goes left whatever its value (1; 0 for a split node). */
    private final int[] alwaysLeft;

    private BoostedTrees(double base, int depth, int[][] features, double[][] cuts, double[][] leaves) {
        this.base = base;
        this.depth = depth;
        this.features = features;
        this.cuts = cuts;
        this.leaves = leaves;
        this.flatFeatures = Arrays.stream(features).flatMapToInt(Arrays::stream).toArray();
        this.flatCuts = Arrays.stream(cuts).flatMapToDouble(Arrays::stream).toArray();
        this.flatLeaves = Arrays.stream(leaves).flatMapToDouble(Arrays::stream).toArray();
        this.walkFeatures = Arrays.stream(flatFeatures).map(f -> Math.max(f, 0)).toArray();
        this.alwaysLeft = Arrays.stream(flatFeatures).map(f -> f < 0 ? 1 : 0).toArray();
    }

    /** Fits trees to rows of features (all the same length) and their labels under the log loss. */
    static BoostedTrees fit(List<double[]> rows, boolean[] labels, Settings s) {
        int n = rows.size();
        if (n == 0 || labels.length != n) {
            throw new IllegalArgumentException("need one label per row, got " + labels.length + " for " + n);
        }
        int dim = rows.get(0).length;
        double[][] edges = edges(rows, dim);
        byte[][] bins = new byte[n][dim];
        for (int r = 0; r < n; r++) {
            for (int f = 0; f < dim; f++) {
                bins[r][f] = (byte) bin(edges[f], rows.get(r)[f]);
            }
        }
        int positives = 0;
        for (boolean b : labels) {
            positives += b ? 1 : 0;
        }
        double base = Math.log((positives + 1.0) / (n - positives + 1.0));
        double[] score = new double[n];
        Arrays.fill(score, base);
        int inner = (1 << s.depth()) - 1;
        int[][] feat = new int[s.trees()][inner];
        double[][] cut = new double[s.trees()][inner];
        double[][] leaf = new double[s.trees()][1 << s.depth()];
        double[] g = new double[n];
        double[] h = new double[n];
        int[] node = new int[n];
        for (int t = 0; t < s.trees(); t++) {
            logLoss(score, labels, g, h);
            Arrays.fill(node, 0);
            for (int level = 0; level < s.depth(); level++) {
                growLevel(level, bins, edges, g, h, node, feat[t], cut[t], s);
            }
            double[] sg = new double[leaf[t].length];
            double[] sh = new double[leaf[t].length];
            for (int r = 0; r < n; r++) {
                sg[node[r] - inner] += g[r];
                sh[node[r] - inner] += h[r];
            }
            for (int l = 0; l < leaf[t].length; l++) {
                leaf[t][l] = -s.rate() * sg[l] / (sh[l] + s.lambda());
            }
            for (int r = 0; r < n; r++) {
                score[r] += leaf[t][node[r] - inner];
            }
        }
        return new BoostedTrees(base, s.depth(), feat, cut, leaf);
    }

    /** The log loss's derivatives: p - y and p (1 - p), bounded away from 0. */
    static void logLoss(double[] score, boolean[] labels, double[] g, double[] h) {
        for (int r = 0; r < score.length; r++) {
            double p = sigmoid(score[r]);
            g[r] = p - (labels[r] ? 1 : 0);
            h[r] = Math.max(p * (1 - p), 1e-6);
        }
    }

    /** Chooses the best split of every node of one level and moves each row to its child. */
    private static void growLevel(int level, byte[][] bins, double[][] edges, double[] g, double[] h, int[] node,
            int[] feat, double[] cut, Settings s) {
        int first = (1 << level) - 1;
        int width = 1 << level;
        int dim = edges.length;
        double[][][] hg = new double[width][dim][BINS];
        double[][][] hh = new double[width][dim][BINS];
        double[] tg = new double[width];
        double[] th = new double[width];
        for (int r = 0; r < node.length; r++) {
            int k = node[r] - first;
            tg[k] += g[r];
            th[k] += h[r];
            byte[] b = bins[r];
            for (int f = 0; f < dim; f++) {
                hg[k][f][b[f]] += g[r];
                hh[k][f][b[f]] += h[r];
            }
        }
        int[] splitBin = new int[width];
        for (int k = 0; k < width; k++) {
            feat[first + k] = -1;
            double parent = tg[k] * tg[k] / (th[k] + s.lambda());
            double best = 1e-9;
            for (int f = 0; f < dim; f++) {
                double lg = 0;
                double lh = 0;
                for (int b = 0; b < edges[f].length; b++) {
                    lg += hg[k][f][b];
                    lh += hh[k][f][b];
                    double rg = tg[k] - lg;
                    double rh = th[k] - lh;
                    if (lh < s.minHessian() || rh < s.minHessian()) {
                        continue;
                    }
                    double gain = lg * lg / (lh + s.lambda()) + rg * rg / (rh + s.lambda()) - parent;
                    if (gain > best) {
                        best = gain;
                        feat[first + k] = f;
                        cut[first + k] = edges[f][b];
                        splitBin[k] = b;
                    }
                }
            }
        }
        for (int r = 0; r < node.length; r++) {
            int k = node[r] - first;
            int f = feat[node[r]];
            boolean left = f < 0 || bins[r][f] <= splitBin[k];
            node[r] = 2 * node[r] + (left ? 1 : 2);
        }
    }

    /** Up to BINS - 1 cut values per feature, at its quantiles (distinct values only). */
    private static double[][] edges(List<double[]> rows, int dim) {
        double[][] out = new double[dim][];
        double[] column = new double[rows.size()];
        for (int f = 0; f < dim; f++) {
            for (int r = 0; r < rows.size(); r++) {
                column[r] = rows.get(r)[f];
            }
            Arrays.sort(column);
            double[] cuts = new double[BINS - 1];
            int k = 0;
            for (int q = 1; q < BINS; q++) {
                double v = column[(int) ((long) q * (column.length - 1) / BINS)];
                if ((k == 0 || v > cuts[k - 1]) && v < column[column.length - 1]) {
                    cuts[k++] = v;
                }
            }
            out[f] = Arrays.copyOf(cuts, k);
        }
        return out;
    }

    /** The bin of a value: the number of cut values below it. */
    private static int bin(double[] cuts, double v) {
        int i = Arrays.binarySearch(cuts, v);
        return i >= 0 ? i : -i - 1;
    }

    /** The probability of a positive label for one row. */
    double probability(double[] x) {
        return sigmoid(margin(x));
    }

    /** The model's score (log-odds under the log loss) for one row. */
    double margin(double[] x) {
        double z = base;
        int inner = (1 << depth) - 1;
        int width = inner + 1;
        int n = leaves.length;
        int t = 0;
        // Four trees walked side by side: each walk is a chain of dependent loads, and four independent chains
        // overlap in the processor (the walk was half the re-ranker's time). Every tree takes exactly depth steps
        // (complete trees), and the leaves are added in tree order: the same sum, bit for bit.
        for (; t + 4 <= n; t += 4) {
            int at = t * inner;
            int i0 = 0;
            int i1 = 0;
            int i2 = 0;
            int i3 = 0;
            for (int level = 0; level < depth; level++) {
                i0 = child(x, at, i0);
                i1 = child(x, at + inner, i1);
                i2 = child(x, at + 2 * inner, i2);
                i3 = child(x, at + 3 * inner, i3);
            }
            int leaf = t * width - inner;
            z += flatLeaves[leaf + i0];
            z += flatLeaves[leaf + width + i1];
            z += flatLeaves[leaf + 2 * width + i2];
            z += flatLeaves[leaf + 3 * width + i3];
        }
        for (; t < n; t++) {
            int i = 0;
            for (int level = 0; level < depth; level++) {
                i = child(x, t * inner, i);
            }
            z += flatLeaves[t * width + i - inner];
        }
        return z;
    }

    /** The child of node {@code i} of the tree whose nodes start at {@code at} that row {@code x} goes to. */
    private int child(double[] x, int at, int i) {
        // Without a branch on the comparison (it goes either way, unpredictably): 1 for left, 2 for right.
        return 2 * i + 2 - ((x[walkFeatures[at + i]] <= flatCuts[at + i] ? 1 : 0) | alwaysLeft[at + i]);
    }

    int trees() {
        return leaves.length;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.medcoder.nlp.AnalyzedNote;

/**
 * The learned part of one task (diagnoses or procedures): the lexicon of n-gram → code associations, the
 * classifier that turns a candidate's features into a probability, and the proposal threshold.
 *
 * <p>Training avoids fitting the classifier on its own lexicon: the training documents are split into
 * {@value #FOLDS} folds, and the candidates of each fold are generated with a lexicon learned on the other folds
 * (cross-fitting), so the classifier sees precisions as they behave on unseen documents. The threshold is half the
 * best micro-F1 over those out-of-fold candidates (gold codes that never became candidates count as misses).
 */
public final class TaskModel {

    static final int FOLDS = 5;

    private final Lexicon lexicon;
    private final Logistic classifier;
    private final SecondStage reranker;
    private final double threshold;

    private final UnaryOperator<String> billable;
    private final boolean trees;

    private TaskModel(Lexicon lexicon, Logistic classifier, SecondStage reranker, double threshold,
            UnaryOperator<String> billable, boolean trees) {
        this.billable = billable;
        this.trees = trees;
        this.lexicon = lexicon;
        this.classifier = classifier;
        this.reranker = reranker;
        this.threshold = threshold;
    }

    /** One training document, analyzed. */
    public record Example(AnalyzedNote note, Map<String, List<int[]>> grams, Set<String> learnable, List<ConceptHit> hits,
            Set<String> gold, Map<String, Set<String>> local) {
    }

    /**
     * Trains the lexicon, classifier and threshold from examples, codes reported as they are, with the logistic
     * second stage over the document features ({@link Reranker}): for procedures the boosted trees did not raise
     * the train cross-validated 4-character F1 (docs/coding.md).
     */
    public static TaskModel train(List<Example> examples, boolean context) {
        return train(examples, context, BillableCodes.IDENTITY, false);
    }

    /**
     * Trains the lexicon, classifier and threshold from examples, with the boosted-tree re-ranker.
     *
     * @param billable the code each candidate is reported as (candidates landing on the same one are read together)
     */
    public static TaskModel train(List<Example> examples, boolean context, UnaryOperator<String> billable) {
        return train(examples, context, billable, true);
    }

    private static TaskModel train(List<Example> examples, boolean context, UnaryOperator<String> billable,
            boolean trees) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<List<Candidate>> docCandidates = new ArrayList<>();
        // Each document's dictionary-hit codes, computed once (each document is in FOLDS - 1 lexicons and the full one).
        List<Set<String>> hitCodes = examples.stream().map(TaskModel::hitCodes).toList();
        List<int[]> docRange = new ArrayList<>();
        List<Integer> docExample = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Collection<String>> grams = new ArrayList<>();
            List<Set<String>> gold = new ArrayList<>();
            List<Map<String, Set<String>>> local = new ArrayList<>();
            List<Set<String>> hits = new ArrayList<>();
            for (int d = 0; d < examples.size(); d++) {
                if (d % FOLDS != fold) {
                    grams.add(examples.get(d).learnable());
                    gold.add(examples.get(d).gold());
                    local.add(examples.get(d).local());
                    hits.add(hitCodes.get(d));
                }
            }
            Lexicon lex = Lexicon.learn(grams, gold, local).withDictionaryHits(hits, gold);
            for (int d = fold; d < examples.size(); d += FOLDS) {
                Example e = examples.get(d);
                int from = rows.size();
                List<Candidate> list = sorted(CandidateGenerator.candidates(e.note(), e.grams(), lex, e.hits(), context));
                for (Candidate c : list) {
                    rows.add(c.features);
                    labels.add(e.gold().contains(c.code));
                }
                docCandidates.add(list);
                docExample.add(d);
                docRange.add(new int[] {from, rows.size()});
            }
        }
        long goldTotal = examples.stream().mapToLong(e -> e.gold().size()).sum();
        Logistic classifier = rows.isEmpty() ? new Logistic(new double[CandidateGenerator.FEATURES])
                : Logistic.fit(rows, labels, 12, 1.0);
        // The second stage is fitted on the same out-of-fold candidates, reading the first stage's probabilities.
        List<double[]> second = new ArrayList<>(rows.size());
        boolean[] proposable = new boolean[rows.size()];
        List<Boolean> reportedGold = new ArrayList<>(rows.size());
        int[] docOf = new int[rows.size()];
        for (int d = 0; d < docCandidates.size(); d++) {
            List<Candidate> list = docCandidates.get(d);
            Example e = examples.get(docExample.get(d));
            second.addAll(secondRows(trees, e.note(), list, firstStage(classifier, list), billable));
            for (int i = 0; i < list.size(); i++) {
                int r = docRange.get(d)[0] + i;
                // Codes the context rules will not propose (every mention negated, ...) cannot count as proposals.
                proposable[r] = !context || !GuidelineRules.notCodedAsIs(list.get(i));
                // A candidate counts for the threshold as the code it will be reported as (a category goes to a
                // billable child, which is a different code from the category).
                reportedGold.add(e.gold().contains(billable.apply(list.get(i).code)));
                docOf[r] = d;
            }
        }
        // The second stage learns whether the candidate is gold as the code it is reported as (what the coder sees and
        // what is scored): a category candidate is reported as a billable child, which is right only when the child
        // is. (Procedures are reported as they are: the same labels.) Train CV: D MAP 0.517 -> 0.526 (docs/coding.md).
        SecondStage reranker = SecondStage.train(second, reportedGold, docOf, trees);
        // Diagnoses (trees): half the best F1, their out-of-fold probabilities are calibrated (expected calibration
        // error 0.011, docs/coding.md). Procedures (logistic over document features): where the F1 curve peaks, their
        // probabilities are not calibrated low down (train CV peak 0.17-0.20 against half the F1 0.23-0.24).
        double[] f1 = bestF1(reranker.outOfFold(), reportedGold, proposable, goldTotal);
        double threshold = trees ? halfBestF1(f1) : f1[1];
        Lexicon full = Lexicon.learn(examples.stream().map(e -> (Collection<String>) e.learnable()).toList(),
                examples.stream().map(Example::gold).toList(), examples.stream().map(Example::local).toList())
                .withDictionaryHits(hitCodes, examples.stream().map(Example::gold).toList());
        return new TaskModel(full, classifier, reranker, threshold, billable, trees);
    }

    /** The re-ranker rows: all features for the trees, the document features alone for a logistic second stage. */
    private static List<double[]> secondRows(boolean trees, AnalyzedNote note, List<Candidate> list, double[] p,
            UnaryOperator<String> billable) {
        if (trees) {
            return CandidateRanker.rows(note, list, p, billable);
        }
        return List.of(Reranker.features(list.stream().map(Candidate::code).toList(), p));
    }

    /** The candidates in a fixed order (by code), so training is deterministic. */
    private static List<Candidate> sorted(Map<String, Candidate> candidates) {
        List<Candidate> list = new ArrayList<>(candidates.values());
        list.sort(java.util.Comparator.comparing(Candidate::code));
        return list;
    }

    private static double[] firstStage(Logistic classifier, List<Candidate> list) {
        double[] p = new double[list.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = classifier.probability(list.get(i).features);
        }
        return p;
    }

    private static Set<String> hitCodes(Example e) {
        Set<String> codes = new java.util.HashSet<>();
        // Clause hits are counted apart from dictionary/encoder-phrase hits (their own precision feature).
        e.hits().forEach(h -> {
            if (!SiblingDetail.isSibling(h)) {
                codes.add(ClauseEncoder.isClause(h) ? Lexicon.CLAUSE + h.code() : h.code());
            }
        });
        return codes;
    }

    /**
     * The best micro-F1 over the out-of-fold candidates and the probability where it is reached (the first, highest
     * one): proposals are the proposable rows at or above a threshold, and every gold code counts (also those that
     * never became candidates). {@code {0, 0.5}} when no threshold gives a true proposal.
     */
    static double[] bestF1(double[] p, List<Boolean> labels, boolean[] proposable, long goldTotal) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        double best = 0;
        double peak = 0.5;
        int tp = 0;
        int predicted = 0;
        for (int k = 0; k < n; k++) {
            if (!proposable[order[k]]) {
                continue;
            }
            predicted++;
            tp += labels.get(order[k]) ? 1 : 0;
            double f1 = 2.0 * tp / (predicted + goldTotal);
            if (f1 > best) {
                best = f1;
                peak = p[order[k]];
            }
        }
        return new double[] {best, peak};
    }

    /**
     * The proposal threshold for calibrated probabilities: half the best micro-F1 of {@link #bestF1}. A candidate
     * raises the expected F1 exactly when its probability exceeds half the F1 reached (Lipton, Elkan and
     * Naryanaswamy 2014, "Optimal thresholding of classifiers to maximize F1 measure"). It is taken instead of the
     * probability where the sample F1 curve peaks: that curve is flat at its top, so its peak moved with any small
     * change of the candidates (session 9: the encoder changes moved it from 0.294 to 0.243 for the full train
     * split, 141 more dev proposals), while the best F1 itself hardly moves.
     */
    static double halfBestF1(double[] bestF1) {
        return bestF1[0] > 0 ? bestF1[0] / 2 : 0.5;
    }

    /** Scores the candidates of a note in place and returns them. */
    public Map<String, Candidate> score(AnalyzedNote note, Map<String, List<int[]>> grams, List<ConceptHit> hits,
            boolean context) {
        Map<String, Candidate> candidates = CandidateGenerator.candidates(note, grams, lexicon, hits, context);
        List<Candidate> list = sorted(candidates);
        List<double[]> second = secondRows(trees, note, list, firstStage(classifier, list), billable);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).probability = reranker.probability(second.get(i));
        }
        return candidates;
    }

    /** The probability above which a candidate is proposed. */
    public double threshold() {
        return threshold;
    }

    /** The lexicon (for evidence text). */
    public Lexicon lexicon() {
        return lexicon;
    }
}

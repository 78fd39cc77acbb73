package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.nlp.AnalyzedNote;

/**
 * The learned part of one task (diagnoses or procedures): the lexicon of n-gram → code associations, the
 * classifier that turns a candidate's features into a probability, and the proposal threshold.
 *
 * <p>Training avoids fitting the classifier on its own lexicon: the training documents are split into
 * {@value #FOLDS} folds, and the candidates of each fold are generated with a lexicon learned on the other folds
 * (cross-fitting), so the classifier sees precisions as they behave on unseen documents. The threshold maximizes
 * micro-F1 over those out-of-fold candidates, counting gold codes that never became candidates as misses.
 */
public final class TaskModel {

    static final int FOLDS = 5;

    private final Lexicon lexicon;
    private final Logistic classifier;
    private final Logistic reranker;
    private final double threshold;

    private TaskModel(Lexicon lexicon, Logistic classifier, Logistic reranker, double threshold) {
        this.lexicon = lexicon;
        this.classifier = classifier;
        this.reranker = reranker;
        this.threshold = threshold;
    }

    /** One training document, analyzed. */
    public record Example(AnalyzedNote note, Map<String, List<int[]>> grams, Set<String> learnable, List<ConceptHit> hits,
            Set<String> gold, Map<String, Set<String>> local) {
    }

    /** Trains the lexicon, classifier and threshold from examples. */
    public static TaskModel train(List<Example> examples, boolean context) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<List<String>> docCodes = new ArrayList<>();
        List<int[]> docRange = new ArrayList<>();
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
                    hits.add(hitCodes(examples.get(d)));
                }
            }
            Lexicon lex = Lexicon.learn(grams, gold, local).withDictionaryHits(hits, gold);
            for (int d = fold; d < examples.size(); d += FOLDS) {
                Example e = examples.get(d);
                int from = rows.size();
                List<String> codes = new ArrayList<>();
                CandidateGenerator.candidates(e.note(), e.grams(), lex, e.hits(), context).values().forEach(c -> {
                    rows.add(c.features);
                    labels.add(e.gold().contains(c.code));
                    codes.add(c.code);
                });
                docCodes.add(codes);
                docRange.add(new int[] {from, rows.size()});
            }
        }
        long goldTotal = examples.stream().mapToLong(e -> e.gold().size()).sum();
        Logistic classifier = rows.isEmpty() ? new Logistic(new double[CandidateGenerator.FEATURES])
                : Logistic.fit(rows, labels, 12, 1.0);
        // The second stage is fitted on the same out-of-fold candidates, reading the first stage's probabilities.
        List<double[]> second = new ArrayList<>(rows.size());
        for (int d = 0; d < docCodes.size(); d++) {
            int[] r = docRange.get(d);
            double[] p = new double[r[1] - r[0]];
            for (int i = 0; i < p.length; i++) {
                p[i] = classifier.probability(rows.get(r[0] + i));
            }
            second.addAll(List.of(Reranker.features(docCodes.get(d), p)));
        }
        Logistic reranker = second.isEmpty() ? new Logistic(new double[Reranker.FEATURES])
                : Logistic.fit(second, labels, 12, 1.0);
        double threshold = bestThreshold(second, labels, reranker, goldTotal);
        Lexicon full = Lexicon.learn(examples.stream().map(e -> (Collection<String>) e.learnable()).toList(),
                examples.stream().map(Example::gold).toList(), examples.stream().map(Example::local).toList())
                .withDictionaryHits(examples.stream().map(TaskModel::hitCodes).toList(),
                        examples.stream().map(Example::gold).toList());
        return new TaskModel(full, classifier, reranker, threshold);
    }

    private static Set<String> hitCodes(Example e) {
        Set<String> codes = new java.util.HashSet<>();
        e.hits().forEach(h -> codes.add(h.code()));
        return codes;
    }

    private static double bestThreshold(List<double[]> rows, List<Boolean> labels, Logistic classifier, long goldTotal) {
        int n = rows.size();
        Integer[] order = new Integer[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            p[i] = classifier.probability(rows.get(i));
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        double best = 0;
        double bestT = 0.5;
        int tp = 0;
        for (int k = 0; k < n; k++) {
            tp += labels.get(order[k]) ? 1 : 0;
            double f1 = 2.0 * tp / (k + 1 + goldTotal);
            if (f1 > best) {
                best = f1;
                bestT = p[order[k]];
            }
        }
        return bestT;
    }

    /** Scores the candidates of a note in place and returns them. */
    public Map<String, Candidate> score(AnalyzedNote note, Map<String, List<int[]>> grams, List<ConceptHit> hits,
            boolean context) {
        Map<String, Candidate> candidates = CandidateGenerator.candidates(note, grams, lexicon, hits, context);
        List<Candidate> list = new ArrayList<>(candidates.values());
        double[] p = new double[list.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = classifier.probability(list.get(i).features);
        }
        double[][] second = Reranker.features(list.stream().map(Candidate::code).toList(), p);
        for (int i = 0; i < p.length; i++) {
            list.get(i).probability = reranker.probability(second[i]);
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

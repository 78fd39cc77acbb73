package org.medcoder.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.medcoder.coding.TrainingCase;

/** Runs a coder over a CodiEsp split and scores it: the harness behind {@code medcoder eval codiesp}. */
public final class CodiespEvaluation {

    private CodiespEvaluation() {
    }

    /**
     * Codes every document of the corpus with the predictor and scores both tasks.
     *
     * @param corpus     the split to run
     * @param predictor  the coder
     * @param diagnoses  the ICD-10-CM release check
     * @param procedures the ICD-10-PCS release check
     */
    public static Scorecard run(CodiespCorpus corpus, CodiespPredictor predictor, ReleaseCheck diagnoses,
            ReleaseCheck procedures) {
        Predictions out = new Predictions();
        List<CodiespDocument> docs = corpus.documents();
        out.code(docs, docs.stream().map(CodiespDocument::read).toList(), predictor);
        return out.score(corpus, diagnoses, procedures);
    }

    /**
     * K-fold cross-validation inside one split (the way to tune on train without touching dev): document
     * {@code i} (in id order) belongs to fold {@code i % folds}; each fold is coded by a predictor trained on the
     * other folds only, and the predictions of all folds are scored together.
     *
     * @param corpus  the split (train)
     * @param folds   at least 2
     * @param trainer builds a predictor from training cases
     * @throws IllegalArgumentException when folds is below 2 or above the number of documents
     */
    public static Scorecard crossValidate(CodiespCorpus corpus, int folds,
            Function<List<TrainingCase>, CodiespPredictor> trainer, ReleaseCheck diagnoses, ReleaseCheck procedures) {
        List<CodiespDocument> docs = corpus.documents();
        if (folds < 2 || folds > docs.size()) {
            throw new IllegalArgumentException("--cv must be between 2 and the number of documents (" + docs.size()
                    + "), got " + folds);
        }
        List<TrainingCase> cases = corpus.trainingCases();
        Predictions out = new Predictions();
        for (int fold = 0; fold < folds; fold++) {
            List<TrainingCase> training = new ArrayList<>();
            List<CodiespDocument> held = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % folds == fold) {
                    held.add(docs.get(i));
                    texts.add(cases.get(i).text());
                } else {
                    training.add(cases.get(i));
                }
            }
            out.code(held, texts, trainer.apply(training));
        }
        return out.score(corpus, diagnoses, procedures);
    }

    /** Ranked codes per document, and the time spent coding them. */
    private static final class Predictions {
        final Map<String, List<String>> d = new HashMap<>();
        final Map<String, List<String>> p = new HashMap<>();
        final Map<String, List<String>> dRanked = new HashMap<>();
        final Map<String, List<String>> pRanked = new HashMap<>();
        double seconds;
        double cpuSeconds;
        int documents;

        void code(List<CodiespDocument> docs, List<String> texts, CodiespPredictor predictor) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                String id = docs.get(i).id();
                RankedCodes codes = predictor.predict(id, texts.get(i));
                d.put(id, codes.diagnoses());
                p.put(id, codes.procedures());
                dRanked.put(id, RankedCodes.concat(codes.diagnoses(), codes.moreDiagnoses()));
                pRanked.put(id, RankedCodes.concat(codes.procedures(), codes.moreProcedures()));
            }
            seconds += (System.nanoTime() - start) / 1e9;
            cpuSeconds += (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            documents += texts.size();
        }

        Scorecard score(CodiespCorpus corpus, ReleaseCheck diagnoses, ReleaseCheck procedures) {
            return new Scorecard(corpus.split(), documents, seconds, cpuSeconds,
                    CodiespScorer.score("D", corpus.diagnoses(), d, dRanked, 3, diagnoses),
                    CodiespScorer.score("P", corpus.procedures(), p, pRanked, 4, procedures));
        }
    }
}

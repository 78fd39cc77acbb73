package org.medcoder.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        List<String> texts = corpus.documents().stream().map(CodiespDocument::read).toList();
        Map<String, List<String>> d = new HashMap<>();
        Map<String, List<String>> p = new HashMap<>();
        Map<String, List<String>> dRanked = new HashMap<>();
        Map<String, List<String>> pRanked = new HashMap<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            String id = corpus.documents().get(i).id();
            RankedCodes codes = predictor.predict(id, texts.get(i));
            d.put(id, codes.diagnoses());
            p.put(id, codes.procedures());
            dRanked.put(id, RankedCodes.concat(codes.diagnoses(), codes.moreDiagnoses()));
            pRanked.put(id, RankedCodes.concat(codes.procedures(), codes.moreProcedures()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Scorecard(corpus.split(), texts.size(), seconds, cpuSeconds,
                CodiespScorer.score("D", corpus.diagnoses(), d, dRanked, 3, diagnoses),
                CodiespScorer.score("P", corpus.procedures(), p, pRanked, 4, procedures));
    }
}

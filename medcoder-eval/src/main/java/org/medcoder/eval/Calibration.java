package org.medcoder.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reliability of a coder's confidence: its ranked codes grouped by confidence bucket, with the share of each bucket
 * that is a gold code. A calibrated confidence has a gold share close to the bucket's mean confidence.
 */
public final class Calibration {

    private static final double[] EDGES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};

    private final List<String> documents = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();

    /** Records one ranked code of a document with its confidence (0 to 1). */
    public synchronized void add(String document, String code, double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        documents.add(document);
        codes.add(CodiespCodes.normalize(code));
        scores.add(confidence);
    }

    /** One row per bucket: codes, mean confidence, gold share. */
    public record Bucket(double from, double to, int codes, double meanConfidence, double goldShare) {
    }

    /** The buckets (empty ones left out) against the gold codes of each document. */
    public synchronized List<Bucket> buckets(Map<String, Set<String>> gold) {
        List<Bucket> out = new ArrayList<>();
        for (int b = 0; b + 1 < EDGES.length; b++) {
            int n = 0;
            double sum = 0;
            int hits = 0;
            for (int i = 0; i < scores.size(); i++) {
                double s = scores.get(i);
                if (s >= EDGES[b] && s < EDGES[b + 1]) {
                    n++;
                    sum += s;
                    hits += gold.getOrDefault(documents.get(i), Set.of()).contains(codes.get(i)) ? 1 : 0;
                }
            }
            if (n > 0) {
                out.add(new Bucket(EDGES[b], Math.min(1, EDGES[b + 1]), n, sum / n, (double) hits / n));
            }
        }
        return out;
    }

    /** The table as text, with the expected calibration error (bucket gaps weighted by size). */
    public String render(Map<String, Set<String>> gold) {
        StringBuilder sb = new StringBuilder("confidence   codes   mean conf   gold share\n");
        double gap = 0;
        int total = 0;
        for (Bucket b : buckets(gold)) {
            sb.append(String.format(Locale.ROOT, "%.1f-%.1f  %7d   %9.3f   %10.3f%n", b.from(), b.to(), b.codes(),
                    b.meanConfidence(), b.goldShare()));
            gap += b.codes() * Math.abs(b.meanConfidence() - b.goldShare());
            total += b.codes();
        }
        sb.append(String.format(Locale.ROOT, "expected calibration error %.3f over %d codes%n",
                total == 0 ? 0 : gap / total, total));
        return sb.toString();
    }
}

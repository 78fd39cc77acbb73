package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.SectionKind;

/**
 * The second-stage ranking features of a document's candidates: the first-stage features and probability, the
 * candidate read against the other candidates of its document ({@link Reranker}), where and how often it is
 * mentioned (first and last mention, sentences, diagnosis/assessment or history sections), whether its sources
 * agree (a dictionary hit and a learned association on the same words), how it merges with the other candidates
 * reported as the same code, and sentence cues.
 */
public final class CandidateRanker {

    /** Number of features of a row. */
    static final int FEATURES = (CandidateGenerator.FEATURES - 1) + (Reranker.FEATURES - 1) + 16
            + ListFeatures.FEATURES;

    /** Where the list features ({@link ListFeatures}), the sentence cues and the merge features start. */
    private static final int LIST = FEATURES - ListFeatures.FEATURES;
    private static final int CUES = LIST - 4;
    private static final int MERGED = CUES - 4;

    private CandidateRanker() {
    }

    /** The rows of one document's candidates, in list order, given their first-stage probabilities. */
    static List<double[]> rows(AnalyzedNote note, List<Candidate> candidates, double[] firstStage,
            UnaryOperator<String> billable) {
        List<String> codes = new ArrayList<>(candidates.size());
        candidates.forEach(c -> codes.add(c.code));
        double[][] second = Reranker.features(codes, firstStage);
        String[] reported = new String[codes.size()];
        for (int i = 0; i < reported.length; i++) {
            reported[i] = billable.apply(codes.get(i));
            candidates.get(i).reported = reported[i];
        }
        SentenceCues cues = SentenceCues.of(note);
        Merged merged = Merged.of(codes, reported, firstStage);
        ListFeatures.Summary summary = ListFeatures.Summary.of(codes, firstStage);
        List<double[]> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            List<int[]> occ = candidates.get(i).occurrences();
            double[] x = row(note, candidates.get(i), occ, second[i]);
            merged.features(codes.get(i), reported[i], i, x);
            cues.features(occ, x, CUES);
            ListFeatures.write(codes, firstStage, x, LIST, summary, i);
            out.add(x);
        }
        return out;
    }

    /**
     * Four features before the sentence cues: how many other candidates are reported as the same billable code
     * and the best first-stage probability among them (one finding read several ways: the evidence adds up),
     * whether the code is reported as itself, and whether a more specific candidate (a descendant) is present.
     * The candidates are grouped by reported code and the codes sorted once, so a document costs n log n, not n².
     */
    private record Merged(Map<String, List<Integer>> byReported, String[] sortedCodes, double[] firstStage) {

        static Merged of(List<String> codes, String[] reported, double[] firstStage) {
            Map<String, List<Integer>> byReported = new HashMap<>();
            for (int j = 0; j < reported.length; j++) {
                if (!reported[j].isEmpty()) {
                    byReported.computeIfAbsent(reported[j], k -> new ArrayList<>(1)).add(j);
                }
            }
            String[] sorted = codes.toArray(String[]::new);
            Arrays.sort(sorted);
            return new Merged(byReported, sorted, firstStage);
        }

        void features(String code, String reported, int i, double[] x) {
            int same = 0;
            double best = 0;
            for (int j : byReported.getOrDefault(reported, List.of())) {
                if (j != i) {
                    same++;
                    best = Math.max(best, firstStage[j]);
                }
            }
            int k = MERGED;
            x[k++] = Math.log1p(same);
            x[k++] = best;
            x[k++] = reported.equals(code) ? 1 : 0;
            x[k] = descendant(code) ? 1 : 0;
        }

        /** Whether another code starts with this one: the codes sharing a prefix follow it in sorted order. */
        private boolean descendant(String code) {
            int at = Arrays.binarySearch(sortedCodes, code);
            for (int j = at < 0 ? -at - 1 : at; j < sortedCodes.length && sortedCodes[j].startsWith(code); j++) {
                if (sortedCodes[j].length() > code.length()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static double[] row(AnalyzedNote note, Candidate c, List<int[]> occ, double[] second) {
        double[] x = new double[FEATURES];
        int k = 0;
        for (int i = 1; i < c.features.length; i++) {
            x[k++] = c.features[i];
        }
        for (int i = 1; i < second.length; i++) {
            x[k++] = second[i];
        }
        k = mentions(note, c, occ, x, k);
        x[k] = agreement(c);
        return x;
    }

    /** Where the mentions are: first and last position, sentences, sections (8 values minus agreement). */
    private static int mentions(AnalyzedNote note, Candidate c, List<int[]> occ, double[] x, int k) {
        int tokens = Math.max(1, note.tokens().size());
        int first = Integer.MAX_VALUE;
        int last = -1;
        Set<Integer> sentences = new HashSet<>();
        int diagnosis = 0;
        int history = 0;
        for (int[] o : occ) {
            first = Math.min(first, o[0]);
            last = Math.max(last, o[0]);
            if (o[0] < note.tokens().size()) {
                sentences.add(note.tokens().get(o[0]).sentence());
                SectionKind s = note.sectionOf(o[0]);
                diagnosis += s == SectionKind.ASSESSMENT || s == SectionKind.DIAGNOSES ? 1 : 0;
                history += s == SectionKind.PAST_MEDICAL_HISTORY || s == SectionKind.PAST_SURGICAL_HISTORY ? 1 : 0;
            }
        }
        boolean any = !occ.isEmpty();
        x[k++] = any ? (double) first / tokens : 1;
        x[k++] = any ? (double) last / tokens : 0;
        x[k++] = Math.log1p(sentences.size()) / 2;
        x[k++] = any ? (double) diagnosis / occ.size() : 0;
        x[k++] = any ? (double) history / occ.size() : 0;
        x[k++] = Math.log(Math.max(1, note.sentences().size())) / 4;
        x[k++] = c.dictionary != null && c.bestPrecision > 0 ? 1 : 0;
        return k;
    }

    /** Whether a dictionary hit and the best learned n-gram point at the same words (they overlap). */
    private static double agreement(Candidate c) {
        for (int[] d : c.dictionaryOccurrences) {
            for (int k = 0; k < c.bestOccurrences.size(); k++) { // indexed: often an empty immutable list
                int[] b = c.bestOccurrences.get(k);
                if (d[0] < b[1] && b[0] < d[1]) {
                    return 1;
                }
            }
        }
        return 0;
    }
}

package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate source from nearest-neighbour documents: the training notes most similar to the note being coded
 * (TF-IDF cosine, {@link DocumentIndex}) vote for their gold codes, each vote weighted by the neighbour's
 * similarity. The vote of a code is the similarity-weighted share of the {@code k} neighbours coded with it, in
 * [0, 1].
 *
 * <p>How the vote joins the evidence-based scores ({@link #apply}): the log-odds of a candidate that already has
 * evidence in the note move by {@code weight × (vote − center)}: up when the similar documents were coded with it,
 * down when few or none were; it may be proposed, with its own spans as the evidence. A code only the neighbours suggest has no words in the note, so it is never proposed: it is listed
 * for review, below the proposal threshold, with the reason "codes of similar documents" — the coder sees why it
 * is there and decides.
 *
 * <p>Learned on the training documents only; a cross-validation fold's coder is trained without the held-out
 * fold, so its index never holds the documents it codes. Immutable and safe to share between threads.
 */
public final class Neighbours {

    /**
     * How neighbours vote and how much the vote counts.
     *
     * @param k       neighbours that vote
     * @param weight  change of an evidence candidate's log-odds per unit of vote
     * @param center  the vote that leaves an evidence candidate's probability unchanged
     * @param alone   probability of a neighbour-only code per unit of vote (always capped below the threshold)
     * @param minVote smallest vote that lists a neighbour-only code
     */
    public record Settings(int k, double weight, double center, double alone, double minVote) {

        public Settings {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, got " + k);
            }
        }
    }

    /** What the neighbours said about one code, for the evidence shown to the coder. */
    public record Support(int documents, int neighbours, double vote) {

        /** The reason shown beside the code. */
        public String describe() {
            // Plain concatenation: this runs for every listed code of every note, String.format is slow.
            long hundredths = Math.round(vote * 100);
            return "codes of similar documents: coded in " + documents + " of the " + neighbours
                    + " most similar training cases (similarity-weighted vote " + hundredths / 100 + "."
                    + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100 + ")";
        }
    }

    /** Settings chosen on CodiEsp train 3-fold cross-validation (docs/coding.md, "Nearest-neighbour documents"). */
    public static final Settings DEFAULT = new Settings(20, 2.0, 0.15, 0.2, 0.1);

    /**
     * Most neighbour-only codes added to one note: they rank at the bottom of the review list, and every added code
     * costs mapping and writing downstream.
     */
    static final int MAX_ADDED = 10;

    /** Most further codes of the similar documents listed at the bottom of one note's ranking ({@link #tail}). */
    static final int MAX_TAIL = 40;

    /** Gap kept below the proposal threshold for codes without words in the note. */
    private static final double BELOW = 1e-3;

    private final DocumentIndex index;
    private final List<Set<String>> codes;
    private final Settings settings;

    private Neighbours(DocumentIndex index, List<Set<String>> codes, Settings settings) {
        this.index = index;
        this.codes = codes;
        this.settings = settings;
    }

    /** Learns from training documents given as term counts ({@link DocumentIndex#terms}) and their gold codes. */
    public static Neighbours learn(List<Map<String, Integer>> documents, List<Set<String>> codes, Settings settings) {
        if (documents.size() != codes.size()) {
            throw new IllegalArgumentException("documents and codes differ in size: " + documents.size() + " vs "
                    + codes.size());
        }
        return new Neighbours(DocumentIndex.build(documents), List.copyOf(codes), settings);
    }

    /** The similar training documents of a note (term counts). */
    public List<DocumentIndex.Hit> similar(Map<String, Integer> terms) {
        return index.nearest(terms, settings.k());
    }

    /** Code → similarity-weighted vote of the neighbours, in [0, 1]. */
    public Map<String, Support> votes(List<DocumentIndex.Hit> hits) {
        double total = 0;
        for (DocumentIndex.Hit h : hits) {
            total += h.similarity();
        }
        Map<String, double[]> sums = new HashMap<>();
        for (DocumentIndex.Hit h : hits) {
            for (String code : codes.get(h.document())) {
                double[] s = sums.computeIfAbsent(code, c -> new double[2]);
                s[0] += h.similarity();
                s[1]++;
            }
        }
        Map<String, Support> out = new HashMap<>();
        double sum = total;
        sums.forEach((code, s) -> out.put(code, new Support((int) s[1], hits.size(), sum <= 0 ? 0 : s[0] / sum)));
        return out;
    }

    /**
     * Joins the neighbours' votes to scored candidates (in place): evidence candidates are raised, neighbour-only
     * codes with a vote of at least {@code minVote} are added just below {@code threshold}.
     */
    public void apply(Map<String, Candidate> candidates, List<DocumentIndex.Hit> hits, double threshold) {
        Map<String, Support> votes = votes(hits);
        for (Candidate c : candidates.values()) {
            Support support = votes.get(c.code);
            c.neighbours = support;
            double vote = support == null ? 0 : support.vote();
            double p = Math.min(1 - 1e-9, Math.max(1e-9, c.probability));
            double logit = Math.log(p / (1 - p)) + settings.weight() * (vote - settings.center());
            c.probability = 1 / (1 + Math.exp(-logit));
        }
        List<Candidate> added = new ArrayList<>();
        votes.forEach((code, support) -> {
            if (!candidates.containsKey(code) && support.vote() >= settings.minVote()) {
                Candidate n = new Candidate(code);
                n.neighbours = support;
                n.probability = Math.min(settings.alone() * support.vote(), threshold - BELOW);
                added.add(n);
            }
        });
        added.sort(Comparator.comparingDouble((Candidate n) -> -n.probability).thenComparing(n -> n.code));
        added.subList(0, Math.min(MAX_ADDED, added.size())).forEach(n -> candidates.put(n.code, n));
        tail(candidates, votes, threshold - BELOW);
    }

    /**
     * Lists the other codes of the similar documents (up to {@value #MAX_TAIL}, strongest vote first) at the very
     * bottom of the ranking: each gets half the lowest probability of the note's candidates times its vote, so the
     * tail comes after every candidate, in vote order. A ranking metric loses nothing by a code appended after the
     * last one, and these find gold codes the note's words did not reach (train 3-fold CV: D MAP 0.531 → 0.534,
     * gold in the ranking 69.7 → 72.4 %; docs/coding.md, "cacmap2"). They are never proposed; their probability
     * understates how often they are right (about 0.6 % on train), which is what keeps them last.
     */
    private static void tail(Map<String, Candidate> candidates, Map<String, Support> votes, double ceiling) {
        List<Map.Entry<String, Support>> rest = new ArrayList<>();
        for (Map.Entry<String, Support> e : votes.entrySet()) {
            if (!candidates.containsKey(e.getKey())) {
                rest.add(e);
            }
        }
        if (rest.isEmpty() || MAX_TAIL == 0) {
            return;
        }
        double floor = ceiling;
        for (Candidate c : candidates.values()) {
            floor = Math.min(floor, c.probability);
        }
        if (rest.size() > MAX_TAIL) {
            // Only what reaches the MAX_TAIL-th vote is sorted: the order is total (codes are distinct), so the first
            // MAX_TAIL are the same as after sorting them all (as Ranked.best).
            double[] keys = new double[rest.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = -rest.get(i).getValue().vote();
            }
            Arrays.sort(keys);
            double cut = keys[MAX_TAIL - 1];
            rest.removeIf(e -> Double.compare(-e.getValue().vote(), cut) > 0);
        }
        rest.sort(Comparator.comparingDouble((Map.Entry<String, Support> e) -> -e.getValue().vote())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Support> e : rest.subList(0, Math.min(MAX_TAIL, rest.size()))) {
            Candidate n = new Candidate(e.getKey());
            n.neighbours = e.getValue();
            n.probability = 0.5 * floor * e.getValue().vote();
            n.tail = true;
            candidates.put(n.code, n);
        }
    }

    /** Whether a candidate came from the neighbours alone (no words of the note support it). */
    public static boolean neighbourOnly(Candidate c) {
        return c.neighbours != null && c.occurrenceCount() == 0 && !c.structured && c.features == null;
    }
}

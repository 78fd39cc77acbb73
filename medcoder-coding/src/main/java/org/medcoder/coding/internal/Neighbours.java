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
    /** The training documents' codes as ids into {@link #names} (a note's vote is summed in arrays, not maps). */
    private final int[][] codes;
    /** The code of each id. */
    private final String[] names;
    /** The id of each code. */
    private final Map<String, Integer> ids;
    private final Settings settings;

    private Neighbours(DocumentIndex index, List<Set<String>> codes, Settings settings) {
        this.index = index;
        Map<String, Integer> byCode = new HashMap<>();
        this.codes = new int[codes.size()][];
        for (int d = 0; d < codes.size(); d++) {
            this.codes[d] = codes.get(d).stream().mapToInt(c -> byCode.computeIfAbsent(c, k -> byCode.size())).toArray();
        }
        this.names = new String[byCode.size()];
        byCode.forEach((c, id) -> names[id] = c);
        this.ids = Map.copyOf(byCode);
        this.settings = settings;
    }

    /**
     * The neighbours' vote of one note: per code id the summed similarity and the number of neighbours coded with
     * it, and the codes voted for in order of first vote. The sums run in the order of the hits, as a map's did.
     */
    private final class Tally {
        final double[] similarity = new double[names.length];
        final int[] documents = new int[names.length];
        final int[] voted;
        final int size;
        final int neighbours;
        final double total;

        Tally(List<DocumentIndex.Hit> hits) {
            double sum = 0;
            int[] order = new int[names.length];
            int n = 0;
            for (int i = 0; i < hits.size(); i++) {
                DocumentIndex.Hit h = hits.get(i);
                sum += h.similarity();
                for (int id : codes[h.document()]) {
                    if (documents[id]++ == 0) {
                        order[n++] = id;
                    }
                    similarity[id] += h.similarity();
                }
            }
            this.voted = order;
            this.size = n;
            this.neighbours = hits.size();
            this.total = sum;
        }

        double vote(int id) {
            return total <= 0 ? 0 : similarity[id] / total;
        }

        /** The support of a code, or null when no neighbour was coded with it. */
        Support support(String code) {
            Integer id = ids.get(code);
            return id == null || documents[id] == 0 ? null : support(id);
        }

        Support support(int id) {
            return new Support(documents[id], neighbours, vote(id));
        }
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
        Tally t = new Tally(hits);
        Map<String, Support> out = new HashMap<>();
        for (int k = 0; k < t.size; k++) {
            out.put(names[t.voted[k]], t.support(t.voted[k]));
        }
        return out;
    }

    /**
     * Joins the neighbours' votes to scored candidates (in place): evidence candidates are raised, neighbour-only
     * codes with a vote of at least {@code minVote} are added just below {@code threshold}.
     */
    public void apply(Map<String, Candidate> candidates, List<DocumentIndex.Hit> hits, double threshold) {
        Tally votes = new Tally(hits);
        for (Candidate c : candidates.values()) {
            Support support = votes.support(c.code);
            c.neighbours = support;
            double vote = support == null ? 0 : support.vote();
            double p = Math.min(1 - 1e-9, Math.max(1e-9, c.probability));
            double logit = Math.log(p / (1 - p)) + settings.weight() * (vote - settings.center());
            c.probability = 1 / (1 + Math.exp(-logit));
        }
        List<Candidate> added = new ArrayList<>();
        for (int k = 0; k < votes.size; k++) {
            int id = votes.voted[k];
            if (!candidates.containsKey(names[id]) && votes.vote(id) >= settings.minVote()) {
                Candidate n = new Candidate(names[id]);
                n.neighbours = votes.support(id);
                n.probability = Math.min(settings.alone() * n.neighbours.vote(), threshold - BELOW);
                added.add(n);
            }
        }
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
    private void tail(Map<String, Candidate> candidates, Tally votes, double ceiling) {
        int[] rest = new int[votes.size];
        int n = 0;
        for (int k = 0; k < votes.size; k++) {
            if (!candidates.containsKey(names[votes.voted[k]])) {
                rest[n++] = votes.voted[k];
            }
        }
        if (n == 0 || MAX_TAIL == 0) {
            return;
        }
        double floor = ceiling;
        for (Candidate c : candidates.values()) {
            floor = Math.min(floor, c.probability);
        }
        // Strongest vote first, ties by code: a total order (codes are distinct), so keeping only what reaches the
        // MAX_TAIL-th vote before sorting gives the same first MAX_TAIL as sorting them all (as Ranked.best).
        List<Integer> kept = new ArrayList<>(Math.min(n, 2 * MAX_TAIL));
        if (n > MAX_TAIL) {
            double[] keys = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = -votes.vote(rest[i]);
            }
            Arrays.sort(keys);
            double cut = keys[MAX_TAIL - 1];
            for (int i = 0; i < n; i++) {
                if (Double.compare(-votes.vote(rest[i]), cut) <= 0) {
                    kept.add(rest[i]);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                kept.add(rest[i]);
            }
        }
        kept.sort(Comparator.comparingDouble((Integer id) -> -votes.vote(id)).thenComparing(id -> names[id]));
        for (int id : kept.subList(0, Math.min(MAX_TAIL, kept.size()))) {
            Candidate c = new Candidate(names[id]);
            c.neighbours = votes.support(id);
            c.probability = 0.5 * floor * c.neighbours.vote();
            c.tail = true;
            candidates.put(c.code, c);
        }
    }

    /** Whether a candidate came from the neighbours alone (no words of the note support it). */
    public static boolean neighbourOnly(Candidate c) {
        return c.neighbours != null && c.occurrenceCount() == 0 && !c.structured && c.features == null;
    }
}

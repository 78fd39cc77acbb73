package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;

/** One candidate code for one document while it is being scored: what supports it, before the classifier. */
public final class Candidate {

    final String code;
    double bestPrecision;
    int bestPair;
    String bestGram = "";
    List<int[]> bestOccurrences = List.of();
    int grams;
    double sumPrecision;
    ConceptHit dictionary;
    final List<int[]> dictionaryOccurrences = new ArrayList<>();
    /** The most specific clause hit of the encoder ({@link ClauseEncoder}), or null. */
    ConceptHit clause;
    final List<int[]> clauseOccurrences = new ArrayList<>();
    /** A hit of a sibling code's distinguishing words near a hit of its category ({@link SiblingDetail}), or null. */
    ConceptHit sibling;
    final List<int[]> siblingOccurrences = new ArrayList<>();
    boolean structured;
    /** Listed at the bottom of the ranking as a further code of the similar documents ({@link Neighbours}). */
    boolean tail;
    double[] features;
    /**
     * The billable code the re-ranker read this candidate as ({@link CandidateRanker}, with the coder's mapping), or
     * null: the coder's own mapping to billable codes ({@link HeaderChild}) reuses it instead of a second look-up.
     */
    String reported;
    double probability;
    /** Share of evidence occurrences with each context flag, by {@code ContextFlag} ordinal. */
    final double[] context = new double[5];
    /** How many evidence ranges {@link #occurrences} lists (without building the list). */
    int occurrenceCount() {
        return dictionaryOccurrences.size() + bestOccurrences.size() + clauseOccurrences.size()
                + siblingOccurrences.size();
    }

    /** What the nearest-neighbour documents said about this code, or null. */
    Neighbours.Support neighbours;

    Candidate(String code) {
        this.code = code;
    }

    /** Whether it is one of the similar documents' further codes listed last ({@link Neighbours}). */
    public boolean inTail() {
        return tail;
    }

    /** The candidate code (normalized; a 4-character prefix for procedures). */
    public String code() {
        return code;
    }

    /** The classifier's probability. */
    public double probability() {
        return probability;
    }

    /** The strongest learned n-gram, or empty. */
    public String bestGram() {
        return bestGram;
    }

    /** Training documents where the best n-gram and the code occurred together. */
    public int bestPair() {
        return bestPair;
    }

    /** The smoothed precision of the best n-gram. */
    public double bestPrecision() {
        return bestPrecision;
    }

    /** The dictionary hit, or null. */
    public ConceptHit dictionary() {
        return dictionary;
    }

    /** The clause hit of the encoder, or null. */
    public ConceptHit clause() {
        return clause;
    }

    /** Whether a structured record carried this code. */
    public boolean structured() {
        return structured;
    }

    /**
     * Token ranges of the evidence: dictionary hits first, then the best n-gram's occurrences, then clause hits,
     * then sibling-detail hits.
     */
    public List<int[]> occurrences() {
        List<int[]> all = new ArrayList<>(dictionaryOccurrences);
        all.addAll(bestOccurrences);
        all.addAll(clauseOccurrences);
        all.addAll(siblingOccurrences);
        return all;
    }

    /** What the nearest-neighbour documents said about this code, or null when they did not vote for it. */
    public Neighbours.Support neighbours() {
        return neighbours;
    }

    /** Share of evidence occurrences carrying the context flag with this ordinal. */
    public double contextShare(int flagOrdinal) {
        return context[flagOrdinal];
    }
}

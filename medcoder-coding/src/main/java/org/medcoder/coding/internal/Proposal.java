package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;

/** A code on its way to being proposed: mutable while the guideline rules run. */
public final class Proposal {

    /** The normalized code (no dot). */
    public String code;
    /** The probability. */
    public double probability;
    /** What supports it (null for a structured-only code). */
    public final Candidate candidate;
    /** The guideline sections applied. */
    public final List<String> guidelines = new ArrayList<>();
    /** How the code was derived when a rule changed it (e.g. "history of C50.9"). */
    public String derivedFrom = "";

    public Proposal(String code, double probability, Candidate candidate) {
        this.code = code;
        this.probability = probability;
        this.candidate = candidate;
    }
}

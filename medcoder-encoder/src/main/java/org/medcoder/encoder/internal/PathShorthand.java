package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Abbreviations coders meet in assessments whose written-out form is the Alphabetic Index's own path, rewritten
 * before the statement is analysed (registered into {@link Abbreviations} after {@link Shorthand}). Each expansion
 * is the wording of the index entry a coder looks up for it, so the index, not this list, decides the code.
 */
final class PathShorthand {

    private PathShorthand() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        // Pain, abdominal, lower/upper, right/left quadrant (R10.11, R10.12, R10.31, R10.32): the quadrant is a
        // subterm of "abdominal", which the abbreviation implies.
        put.accept("rlq", "abdominal lower right quadrant");
        put.accept("llq", "abdominal lower left quadrant");
        put.accept("ruq", "abdominal upper right quadrant");
        put.accept("luq", "abdominal upper left quadrant");
        // Vertigo, benign paroxysmal (positional) H81.1-.
        put.accept("bppv", "benign paroxysmal positional vertigo");
        // Concussion without / with loss of consciousness (S06.0X0-, S06.0X1-).
        put.accept("loc", "loss of consciousness");
        // Disease, pulmonary, chronic obstructive, with exacerbation (acute) J44.1.
        put.accept("exac|exacerbated", "exacerbation");
        // An INR check of a patient on an anticoagulant is the index's "Monitoring (encounter for), therapeutic drug
        // level" Z51.81, whose note asks for the long-term drug therapy (Z79.-).
        put.accept("inr check|inr monitoring|pt/inr check|pt/inr monitoring|inr test|inr testing",
                "therapeutic drug level monitoring");
    }
}

package org.medcoder.coding.internal;

import java.util.Locale;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.Encoder;

/** Wires the concept sources of an ICD-10-CM release into one {@link ConceptMatcher}. */
public final class ConceptSources {

    private ConceptSources() {
    }

    /**
     * The concept sources of a release: dictionary hits, the encoder on each hit's phrase, then on each clause, each
     * clause without a hit again head word first ({@link HeadFirstClauses}), then the sibling codes whose detail the
     * note states near a hit ({@link SiblingDetail}; off with the tuning property {@code medcoder.siblings.off}).
     */
    public static ConceptMatcher of(IcdCmRelease release) {
        Encoder encoder = Encoder.forRelease(release);
        ConceptMatcher clauses = new HeadFirstClauses(
                new ClauseEncoder(new EncoderMatcher(IndexDictionary.of(release), encoder), encoder, clauseMode()),
                s -> encoder.encode(s, ClauseEncoder.INPATIENT));
        return Boolean.getBoolean("medcoder.siblings.off") ? clauses : new SiblingDetail(clauses, release);
    }

    /** Which clauses the encoder reads ({@link ClauseEncoder}); the property {@code medcoder.clauses} for tuning. */
    private static ClauseEncoder.Mode clauseMode() {
        String v = System.getProperty("medcoder.clauses", "all");
        try {
            return ClauseEncoder.Mode.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("medcoder.clauses must be off, unmatched or all, got '" + v + "'");
        }
    }
}

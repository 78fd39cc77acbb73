package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Short forms of organisms, immunoglobulins and syndromes that clinicians write in problem lists, rewritten to the
 * words of the Alphabetic Index entries a coder looks up (Guideline I.B.1: locate each term in the Alphabetic Index
 * first, then verify in the Tabular List). Expansions are index wording, never codes: "HHV-6 infection" becomes
 * "human herpesvirus 6 infection" (Herpes, herpesvirus, human, 6), "H. influenzae" the index's "Hemophilus
 * influenzae", "IgM" the index's "immunoglobulin M (IgM)", "CRPS I" the index's "Syndrome, pain, complex regional
 * I", "CRPS II" its see-reference "Causalgia".
 */
final class ClassificationShorthand {

    private ClassificationShorthand() {
    }

    /**
     * Adds the forms tried before the problem lists' "IgA" ({@link ProblemListShorthand#registerFirst}): "IgA
     * deficiency" / "IgM deficiency" name the selective deficiency, "Deficiency, immunity, IgA" D80.2 / "IgM" D80.4
     * in the index (the walk through "immunoglobulin" would stop short of its "selective" subterm).
     */
    static void registerFirst(BiConsumer<String, String> put) {
        for (String g : new String[] {"a", "m"}) {
            put.accept("ig" + g + "\\s+deficiency", "immunity ig" + g + " deficiency");
        }
    }

    /** Adds the short forms (regex of the written form, index wording); every form starts with a literal. */
    static void register(BiConsumer<String, String> put) {
        // Index: Infection, Hemophilus, influenzae NEC A49.2; Haemophilus (H.) influenzae, as cause ... B96.3.
        put.accept("h\\.\\s?influenzae|h\\.\\s?flu|h\\s+influenzae", "hemophilus influenzae");
        // Index: Herpes, herpesvirus, human, 6 / 7 / 8 (B10.0-, B10.8-).
        put.accept("hhv-?\\s?6", "human herpesvirus 6");
        put.accept("hhv-?\\s?7", "human herpesvirus 7");
        put.accept("hhv-?\\s?8", "human herpesvirus 8");
        // Index: Deficiency, immunoglobulin, selective, A (IgA) / G (IgG) / M (IgM) (D80.2-D80.4).
        for (String g : new String[] {"a", "g", "m", "e"}) {
            put.accept("ig" + g + "(?![a-z0-9])", "immunoglobulin " + g + " ig" + g);
        }
        // Index: Syndrome, CRPS I - see Syndrome, pain, complex regional I (G90.5-); type II is causalgia (G56-G57).
        put.accept("crps(?:\\s+type)?[-\\s]+(?:1|i)(?![a-z0-9])", "complex regional pain syndrome i");
        // Type II is written as the see-reference's target: "Syndrome, pain, complex regional II - see Causalgia"
        // (the walk would otherwise stop at the nearer "complex regional I", G90.5-).
        put.accept("crps(?:\\s+type)?[-\\s]+(?:2|ii)(?![a-z0-9])", "causalgia");
        put.accept("crps", "complex regional pain syndrome");
        // Index: Insulin-like growth factor-1 (IGF-1) ... (Short, stature, due to, genetic causes, E34.32-).
        put.accept("igf-?1", "insulin-like growth factor-1");
    }
}

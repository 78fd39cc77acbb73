package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Short forms of organisms, immunoglobulins and syndromes that clinicians write in problem lists, rewritten to the
 * words of the Alphabetic Index entries a coder looks up (Guideline I.A.15: the index entry names the condition;
 * I.B.1: index first). Expansions are index wording, never codes: "HHV-6 infection" becomes "human herpesvirus 6
 * infection" (Herpes, herpesvirus, human, 6), "H. influenzae" the index's "Hemophilus influenzae", "IgM" the
 * index's "immunoglobulin M (IgM)", "CRPS I" the index's "Syndrome, pain, complex regional I".
 */
final class ClassificationShorthand {

    private ClassificationShorthand() {
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
        put.accept("crps(?:\\s+type)?[-\\s]+(?:2|ii)(?![a-z0-9])", "complex regional pain syndrome ii");
        put.accept("crps", "complex regional pain syndrome");
        // Index: Insulin-like growth factor-1 (IGF-1) ... (Short, stature, due to, genetic causes, E34.32-).
        put.accept("igf-?1", "insulin-like growth factor-1");
    }
}

package org.medcoder.encoder.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.medcoder.codesets.AlphabeticIndex;

/**
 * The Index to External Causes (Guideline I.C.20): how an injury happened ("fall from ladder" W11, "struck by
 * ball" W21.00). External cause codes are secondary codes: they follow the injury they explain, with the same
 * 7th character (I.C.20.a.1, I.C.20.a.2), and are never added to a poisoning, adverse effect or underdosing,
 * whose T36-T65 code already says how it happened (I.C.19.e.5). Place, activity and status (Y92, Y93, Y99) are
 * left out: they are reported only when documented and once per encounter (I.C.20.b-k), which a single
 * diagnostic statement does not establish.
 */
final class ExternalCauses {

    private final IndexGraph index;
    private final Navigator navigator;

    ExternalCauses(AlphabeticIndex externalCauseIndex, Vocabulary vocabulary) {
        this.index = new IndexGraph(externalCauseIndex, vocabulary, true);
        this.navigator = new Navigator(index);
    }

    /**
     * The best External Cause index path for the statement words in {@code words} (a mask over the statement),
     * or null when none leads to a code or none uses one of those words.
     */
    Navigator.Walk find(Statement s, long words) {
        Navigator.Walk best = null;
        Set<Node> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < s.ids.length; i++) {
            if ((words & (1L << i)) == 0) {
                continue;
            }
            for (Node main : index.mainTermsWith(s.ids[i])) {
                long m = s.match(main);
                if (m < 0 || !tried.add(main) || (m & words) == 0) {
                    continue;
                }
                Navigator.Walk w = navigator.from(main, m, s.optional(main), s);
                if (w.coded() != null && (best == null || w.rank(s) > best.rank(s)
                        || w.rank(s) == best.rank(s) && w.depth() < best.depth())) {
                    best = w;
                }
            }
        }
        return best;
    }

    /** Whether the code is an injury that an external cause code may follow (S00-T34, T66-T78; I.C.20). */
    static boolean injury(String code) {
        char l = code.charAt(0);
        if (l == 'S') {
            return true;
        }
        return l == 'T' && (code.compareTo("T35") < 0 || code.compareTo("T66") >= 0 && code.compareTo("T79") < 0);
    }
}

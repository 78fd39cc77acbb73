package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Drops a code a "use additional code" note added when another code of the same category, reached from the
 * statement itself, already answers the note: "chronic HFpEF with hypertension" is I11.0 I50.32, not I11.0 I50.32
 * I50.9. The note at I11.0 asks for a code "to identify the type of heart failure (I50.-)"; one code of I50 does
 * that, and a second, less specific one of the same category would report the condition twice (I.A.13: the note
 * asks for the code that identifies the detail; I.B.9 / I.A.12 the more specific code).
 */
final class SatisfiedNote {

    /** The start of the trail's index path of a code a "use additional code" note paired. */
    static final String NOTE = "use additional code note at ";

    private SatisfiedNote() {
    }

    /** {@code r} without the note-paired codes whose category another, statement-derived code holds. */
    static EncodeResult apply(EncodeResult r) {
        if (r.codes().size() < 2 || r.codes().stream().noneMatch(SatisfiedNote::fromNote)) {
            return r;
        }
        List<EncodedCode> kept = new ArrayList<>();
        for (EncodedCode c : r.codes()) {
            if (!fromNote(c) || r.codes().stream().noneMatch(o -> o != c && !fromNote(o) && sameCategory(o, c))) {
                kept.add(c);
            }
        }
        return kept.size() == r.codes().size() ? r
                : r.withCodes(kept);
    }

    private static boolean fromNote(EncodedCode c) {
        return c.trail().indexPath().startsWith(NOTE);
    }

    private static boolean sameCategory(EncodedCode a, EncodedCode b) {
        return !a.code().equals(b.code()) && a.code().category().equals(b.code().category());
    }
}

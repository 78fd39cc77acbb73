package org.medcoder.encoder.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;

/**
 * The Tabular List notes that link two codes a statement states in clauses of their own ({@link StatedConditions}):
 * "use additional code", "code also" and "code first" notes naming the other code, by code or in words (I.A.13,
 * I.A.17), and the notes that ask for codes without naming them ("code(s) to identify all manifestations of HIV
 * infection" at B20, "code to identify infection" at T81.4).
 */
final class LinkNotes {

    private final IcdCmRelease release;

    LinkNotes(IcdCmRelease release) {
        this.release = release;
    }

    /** Whether a "use additional code", "code also" or "code first" note at {@code at} names {@code other}. */
    boolean noted(IcdCmCode at, IcdCmCode other) {
        return !kinds(at, other).isEmpty();
    }

    /**
     * Whether only "code also" notes pair the two codes: such a note says two codes may be needed, not which comes
     * first (I.A.17), so the statement decides (H05.83 "code also ... autoimmune thyroiditis (E06.3)").
     */
    boolean alsoOnly(IcdCmCode a, IcdCmCode b) {
        Set<NoteKind> ks = EnumSet.noneOf(NoteKind.class);
        ks.addAll(kinds(a, b));
        ks.addAll(kinds(b, a));
        return ks.equals(EnumSet.of(NoteKind.CODE_ALSO));
    }

    /**
     * Whether the code has a "use additional code" note asking for its manifestations or the infection without
     * naming codes (B20 "code(s) to identify all manifestations of HIV infection", T81.4 "code to identify infection").
     */
    boolean manifestations(IcdCmCode code) {
        for (AppliedNote an : release.notes(code)) {
            String text = an.note().text().toLowerCase(Locale.ROOT);
            NoteKind k = an.note().kind();
            if ((k == NoteKind.USE_ADDITIONAL_CODE || k == NoteKind.CODE_ALSO) && an.note().references().isEmpty()
                    && (text.contains("manifestations of") || text.contains("identify infection")
                    || text.contains("identify the infection") || text.contains("abnormal findings"))) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of the "use additional code", "code also" and "code first" notes at {@code at} naming {@code other}. */
    private Set<NoteKind> kinds(IcdCmCode at, IcdCmCode other) {
        Set<NoteKind> out = EnumSet.noneOf(NoteKind.class);
        for (AppliedNote an : release.notes(at)) {
            NoteKind k = an.note().kind();
            if (k != NoteKind.USE_ADDITIONAL_CODE && k != NoteKind.CODE_ALSO && k != NoteKind.CODE_FIRST) {
                continue;
            }
            if (an.note().references().stream().anyMatch(range -> range.contains(other))
                    || NoteWording.names(an, other, release.entry(other).map(IcdCmEntry::longTitle).orElse(""))) {
                out.add(k); // by code, or in words ("intellectual disabilities", "infectious agent")
            }
        }
        return out;
    }
}

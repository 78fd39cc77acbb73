package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.internal.Lazy;

/**
 * The manifestation codes whose own "code first" note names a code ("K31.84 Gastroparesis: code first underlying
 * disease, if known, such as: diabetes mellitus (E08.43, E09.43, E10.43, E11.43, E13.43)"). When the statement
 * states the manifestation and its etiology's combination code was assigned ("type 2 diabetic gastroparesis":
 * E11.43), the manifestation is coded after it (I.A.13 etiology/manifestation convention; I.C.4.a "use as many codes
 * ... as are necessary to describe all of the complications").
 *
 * <p>Design: the reverse of the notes, built once per release on first use (a scan of the billable codes' own
 * notes naming single codes); a look-up is then one map access per assigned code.
 */
final class CodeFirstOf {

    private final IcdCmRelease release;
    private final TitleWords titles;
    private final Lazy<Map<String, List<IcdCmEntry>>> byNamed = new Lazy<>(this::build);

    CodeFirstOf(IcdCmRelease release, TitleWords titles) {
        this.release = release;
        this.titles = titles;
    }

    /**
     * The billable codes whose own "code first" note names {@code code} (without dot) and whose title the statement
     * states.
     */
    List<IcdCmEntry> stated(String code, Statement s) {
        List<IcdCmEntry> named = byNamed.get().get(code);
        if (named == null) {
            return List.of();
        }
        List<IcdCmEntry> out = new ArrayList<>(1);
        for (IcdCmEntry e : named) {
            int[] essential = titles.of(e).essential();
            boolean all = essential.length > 0;
            for (int id : essential) {
                all &= s.bit(id) != 0;
            }
            if (all) {
                out.add(e);
            }
        }
        return out;
    }

    private Map<String, List<IcdCmEntry>> build() {
        Map<String, List<IcdCmEntry>> m = new HashMap<>();
        for (IcdCmEntry e : release.entries()) {
            if (!e.billable()) {
                continue;
            }
            for (AppliedNote an : release.notes(e.code())) {
                if (an.note().kind() != NoteKind.CODE_FIRST || !e.code().value().startsWith(an.at().replace(".", ""))
                        || an.level().equals("chapter") || an.level().equals("block")) {
                    continue;
                }
                for (CodeRange r : an.note().references()) {
                    // Only a code named by itself (E11.43), not a category or range: a range names alternatives.
                    if (r.first().equals(r.last()) && r.first().value().length() > 3
                            && !r.first().category().equals(e.code().category())) {
                        m.computeIfAbsent(r.first().value(), k -> new ArrayList<>(2)).add(e);
                    }
                }
            }
        }
        return Map.copyOf(m);
    }
}

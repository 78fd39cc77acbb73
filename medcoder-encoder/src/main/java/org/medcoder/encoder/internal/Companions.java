package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.internal.Lazy;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodedCode;

/**
 * Companion codes: a code whose own "code first" note names other codes of its own category ("M05.A Abnormal
 * rheumatoid factor and anti-citrullinated protein antibody with rheumatoid arthritis: code first rheumatoid
 * arthritis with rheumatoid factor by site, if known (M05.00 to M05.8A)"). Such a code adds a detail to the code the
 * note names; it is reported after that code, never instead of it (I.A.13: "code first" sequences the other code
 * first, so both are reported). The Tabular check therefore never moves an index code to its companion
 * ({@link SiblingCheck}), and the companion is added after the code when the statement names the detail its title
 * adds ({@link StatedConditions}).
 *
 * <p>Design: the notes are scanned once per release on first use, kept per category; a look-up is a map access and
 * a few range checks.
 */
final class Companions {

    private record Companion(CodeRange named, IcdCmEntry entry) {
    }

    private final IcdCmRelease release;
    private final TitleWords titles;
    private final Lazy<Map<String, List<Companion>>> byCategory = new Lazy<>(this::build);

    Companions(IcdCmRelease release, TitleWords titles) {
        this.release = release;
        this.titles = titles;
    }

    /** Whether {@code candidate}'s own "code first" note names {@code code} of its category. */
    boolean companionOf(IcdCmCode candidate, IcdCmCode code) {
        for (Companion c : byCategory.get().getOrDefault(code.category().value(), List.of())) {
            if (c.entry().code().equals(candidate) && c.named().contains(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The companions of the assigned {@code code} whose titles name statement words that the code's own title does
     * not (M05.A for "seropositive RA of left ankle, anti-CCP positive" after M05.772), best first.
     */
    List<IcdCmEntry> stated(IcdCmCode code, Statement s) {
        List<Companion> all = byCategory.get().get(code.category().value());
        if (all == null) {
            return List.of();
        }
        List<IcdCmEntry> out = new ArrayList<>(1);
        Set<Integer> own = new HashSet<>();
        release.entry(code).ifPresent(e -> {
            for (int id : titles.of(e).essential()) {
                own.add(id);
            }
        });
        int[] shared = TitleWords.sorted(own);
        for (Companion c : all) {
            if (!c.named().contains(code)) {
                continue;
            }
            TitleWords.Fit f = titles.fit(titles.of(c.entry()), s, shared, 0);
            // The detail the companion adds is stated: its own words named outweigh those missing (I.B.1).
            if (f.essentialMatched() > 0 && !f.conflict() && f.score() > 0) {
                out.add(c.entry());
            }
        }
        return out;
    }

    /**
     * Adds the companion codes whose detail the statement states after the last code of the category their "code
     * first" note names ("seropositive RA of both ankles, anti-CCP positive": M05.771 M05.772 M05.A).
     */
    void add(Statement s, List<EncodedCode> codes, EncodeOptions options, TabularWalker walker, Coding coding) {
        for (EncodedCode x : List.copyOf(codes)) {
            for (IcdCmEntry e : stated(x.code(), s)) {
                if (codes.stream().anyMatch(c -> c.code().equals(e.code()))) {
                    continue;
                }
                int at = codes.indexOf(x) + 1;
                while (at < codes.size() && codes.get(at).code().category().equals(x.code().category())) {
                    at++;
                }
                int where = at;
                walker.complete(e.code().value(), s, options, -1L).ifPresent(w -> codes.add(where,
                        coding.coded(w, "code first note at " + e.code().dotted() + " names " + x.code().dotted()
                                + ": the detail its title adds to that code, stated, after it", List.of("I.A.13"))));
            }
        }
    }

    private Map<String, List<Companion>> build() {
        Map<String, List<Companion>> m = new HashMap<>();
        for (IcdCmEntry e : release.entries()) {
            if (!e.billable()) {
                continue;
            }
            for (AppliedNote an : release.notes(e.code())) {
                if (an.note().kind() != NoteKind.CODE_FIRST || !an.isOwn(e.code().dotted())) {
                    continue;
                }
                for (CodeRange r : ranges(an.note().text(), an.note().references())) {
                    if (r.first().category().equals(e.code().category()) && !r.contains(e.code())) {
                        m.computeIfAbsent(e.code().category().value(), k -> new ArrayList<>(1))
                                .add(new Companion(r, e));
                    }
                }
            }
        }
        return Map.copyOf(m);
    }

    /**
     * The note's references with "X to Y" read as one range: the addenda write M05.A's note "(M05.00 to M05.8A)",
     * which the note reader gives as the two codes.
     */
    private static List<CodeRange> ranges(String text, List<CodeRange> refs) {
        List<CodeRange> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            CodeRange r = refs.get(i);
            if (i + 1 < refs.size() && text.contains(r.last().dotted() + " to " + refs.get(i + 1).first().dotted())) {
                out.add(new CodeRange(r.first(), refs.get(++i).last()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}

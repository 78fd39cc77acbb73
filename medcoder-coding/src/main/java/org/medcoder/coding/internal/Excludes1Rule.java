package org.medcoder.coding.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.Token;

/**
 * Excludes1 conflicts between the codes proposed for one document (Guideline I.A.12.a): a code listed in an
 * Excludes1 note of another proposed code ("NOT CODED HERE") is never reported with it. The rule resolves a
 * conflict as a coder would: it keeps the more specific code (the one whose evidence contains the other's words,
 * e.g. "aspiration pneumonia" over "pneumonia"; else the code the note points to when the note is written on a
 * symptom or "unspecified" code; else the one that is not "unspecified"), else the more confident one, and reports
 * the other as not coded, quoting the note and its source.
 *
 * <p>The guideline's exception: when the two conditions are unrelated to each other, both are reported. The rule
 * treats two codes as clearly unrelated only when each has its own evidence in the note, the evidence does not
 * overlap, and the two mentions share no word (F45.8 for "psychogenic dysmenorrhea" with G47.63 for "teeth
 * grinding", the guideline's own example). Anything less clear is resolved to one code, since the guideline says
 * to query the provider when it is not clear whether the conditions are related.
 */
public final class Excludes1Rule {

    /** Words that say nothing about which condition a mention is. */
    private static final Set<String> NOT_CONDITION_WORDS = Set.of("of", "the", "a", "an", "and", "or", "with",
            "without", "in", "on", "to", "due", "by", "other", "unspecified", "left", "right", "acute", "chronic");

    /** What the rule needs from a release: the notes that apply to a code and its title. */
    public interface Tabular {

        /** Every note that applies to the code (own and inherited), as {@link IcdCmRelease#notes} returns them. */
        List<AppliedNote> notes(String code);

        /** The code's long title, or empty. */
        String title(String code);

        /** The view of a release. */
        static Tabular of(IcdCmRelease release) {
            return new Tabular() {
                @Override
                public List<AppliedNote> notes(String code) {
                    return IcdCmCode.isWellFormed(code) ? release.notes(IcdCmCode.parse(code)) : List.of();
                }

                @Override
                public String title(String code) {
                    return IcdCmCode.isWellFormed(code)
                            ? release.entry(IcdCmCode.parse(code)).map(IcdCmEntry::longTitle).orElse("") : "";
                }
            };
        }
    }

    private final Tabular tabular;
    /** The Excludes1 notes of each code, read once (the release is fixed; bounded so memory stays flat). */
    private final BoundedMemo<AppliedNote> excludes1Notes;

    public Excludes1Rule(Tabular tabular) {
        this.tabular = tabular;
        this.excludes1Notes = new BoundedMemo<>(100_000, c -> tabular.notes(c).stream()
                .filter(n -> n.note().kind() == NoteKind.EXCLUDES1).toList());
    }

    /**
     * Removes from {@code proposals} (ranked, most confident first) every code that an Excludes1 note forbids
     * beside a code kept, reporting each through {@code decide(proposal, reason)}.
     */
    public void apply(List<Proposal> proposals, AnalyzedNote note, BiConsumer<Proposal, String> decide) {
        // Only the Excludes1 notes matter, read once per code of this document.
        Map<String, List<AppliedNote>> excludes1 = new HashMap<>();
        for (Proposal p : proposals) {
            excludes1.computeIfAbsent(p.code, excludes1Notes::get);
        }
        for (int i = 0; i < proposals.size(); i++) {
            int j = i + 1;
            while (j < proposals.size()) {
                Proposal a = proposals.get(i);
                Proposal b = proposals.get(j);
                Optional<AppliedNote> onA = excludes(excludes1.get(a.code), b);
                Optional<AppliedNote> conflict = onA.or(() -> excludes(excludes1.get(b.code), a));
                if (conflict.isEmpty() || unrelated(a, b, note)) {
                    conflict.ifPresent(c -> {
                        addOnce(a, exceptionNote(b));
                        addOnce(b, exceptionNote(a));
                    });
                    j++;
                    continue;
                }
                Proposal keep = onA.isPresent() ? preferred(a, b, a) : preferred(b, a, a);
                Proposal drop = keep == a ? b : a;
                decide.accept(drop, reason(drop, keep, conflict.get()));
                keep.guidelines.add("I.A.12.a Excludes1: " + dotted(drop.code) + " not coded with it");
                proposals.remove(drop);
                if (drop == a) {
                    // The next code moved into a's place: compare it with everything after it.
                    j = i + 1;
                }
            }
        }
    }

    /** The Excludes1 note among {@code notesOfA} that names {@code b}'s code, if any. */
    private static Optional<AppliedNote> excludes(List<AppliedNote> notesOfA, Proposal b) {
        // Most codes have no Excludes1 note: nothing to parse then.
        if (notesOfA.isEmpty() || !IcdCmCode.isWellFormed(b.code)) {
            return Optional.empty();
        }
        IcdCmCode other = IcdCmCode.parse(b.code);
        // Indexed: no iterators for every pair of proposals.
        for (int i = 0; i < notesOfA.size(); i++) {
            List<CodeRange> references = notesOfA.get(i).note().references();
            for (int k = 0; k < references.size(); k++) {
                if (references.get(k).contains(other)) {
                    return Optional.of(notesOfA.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** Clearly unrelated: both have evidence, the mentions do not overlap and share no condition word. */
    private static boolean unrelated(Proposal a, Proposal b, AnalyzedNote note) {
        List<int[]> ea = evidence(a);
        List<int[]> eb = evidence(b);
        if (ea.isEmpty() || eb.isEmpty()) {
            return false;
        }
        for (int[] x : ea) {
            for (int[] y : eb) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return false;
                }
            }
        }
        Set<String> words = words(ea, note);
        words.retainAll(words(eb, note));
        return words.isEmpty();
    }

    /**
     * The code to keep when the Excludes1 note is written on {@code holder} and names {@code target}: the one whose
     * evidence contains the other's words; else the target when the holder is a vague code (a symptom of chapter 18
     * or an "unspecified" title: the note says where the named condition is classified, e.g. K75.9 excludes viral
     * hepatitis B15-B19, N19 excludes chronic kidney disease N18); else the one that is not "unspecified"; else the
     * more confident one ({@code firstRanked} on a tie).
     */
    private Proposal preferred(Proposal holder, Proposal target, Proposal firstRanked) {
        if (covers(holder, target)) {
            return holder;
        }
        if (covers(target, holder)) {
            return target;
        }
        boolean vagueHolder = holder.code.startsWith("R") || unspecified(holder.code);
        if (vagueHolder) {
            return target;
        }
        if (unspecified(target.code)) {
            return holder;
        }
        if (target.probability == holder.probability) {
            return firstRanked;
        }
        return target.probability > holder.probability ? target : holder;
    }

    /** Whether a's evidence strictly contains b's (a longer phrase naming the same condition more precisely). */
    private static boolean covers(Proposal a, Proposal b) {
        List<int[]> ea = evidence(a);
        List<int[]> eb = evidence(b);
        if (ea.isEmpty() || eb.isEmpty()) {
            return false;
        }
        for (int[] y : eb) {
            boolean inside = false;
            for (int[] x : ea) {
                inside |= x[0] <= y[0] && y[1] <= x[1] && x[1] - x[0] > y[1] - y[0];
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private boolean unspecified(String code) {
        return tabular.title(code).toLowerCase(Locale.ROOT).contains("unspecified");
    }

    private static List<int[]> evidence(Proposal p) {
        return p.candidate == null ? List.of() : p.candidate.occurrences();
    }

    private static Set<String> words(List<int[]> ranges, AnalyzedNote note) {
        Set<String> out = new HashSet<>();
        List<Token> tokens = note.tokens();
        for (int[] r : ranges) {
            for (int t = r[0]; t < r[1] && t < tokens.size(); t++) {
                String w = tokens.get(t).term();
                if (!NOT_CONDITION_WORDS.contains(w) && w.chars().anyMatch(Character::isLetter)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static String reason(Proposal drop, Proposal keep, AppliedNote n) {
        String why = n.note().text();
        return "Excludes1 with " + dotted(keep.code) + " (note at " + n.at() + ": \"" + why + "\", " + n.note().source()
                + "): not coded; " + dotted(keep.code) + " kept as the more specific or more confident code (I.A.12.a)";
    }

    private static String exceptionNote(Proposal other) {
        return "I.A.12.a Excludes1 exception: unrelated to " + dotted(other.code)
                + " (separate mentions), both coded; query the provider if they are related";
    }

    private static void addOnce(Proposal p, String guideline) {
        if (!p.guidelines.contains(guideline)) {
            p.guidelines.add(guideline);
        }
    }

    private static String dotted(String code) {
        return GuidelineRules.dotted(code);
    }
}

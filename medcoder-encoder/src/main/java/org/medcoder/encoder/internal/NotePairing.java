package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;

/**
 * Applies "use additional code" and "code first" notes (Guideline I.A.13, I.A.17): when the statement supplies
 * the detail a note asks for (the CKD stage for E11.22, the organism for N39.0, the underlying CKD for D63.1),
 * the paired code is chosen among the codes the note names, by their titles. A note fires when the statement
 * carries most words of the note's own wording, or words the main code did not account for that a code in the
 * note's range names.
 */
final class NotePairing {

    /** A paired code: before the main code ("code first") or after it ("use additional code"). */
    record Pair(IcdCmCode code, boolean first, AppliedNote note) {
    }

    private static final Pattern CODES = Pattern.compile("\\b[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{0,4})?-?");
    private static final Pattern BOILER = Pattern.compile(
            "(?i)\\b(use|additional|code|codes|identify|first|underlying|if|applicable|known|any|such|as|note|when|documented|present|associated|condition|to|the|of)\\b");

    private final IcdCmRelease release;
    private final Vocabulary vocabulary;
    private final TabularWalker walker;
    private final IcdCmEntry[] billable;
    private final String[] billableCodes;

    NotePairing(IcdCmRelease release, Vocabulary vocabulary, TabularWalker walker) {
        this.release = release;
        this.vocabulary = vocabulary;
        this.walker = walker;
        this.billable = release.entries().stream().filter(IcdCmEntry::billable)
                .sorted((a, b) -> a.code().compareTo(b.code())).toArray(IcdCmEntry[]::new);
        this.billableCodes = Arrays.stream(billable).map(e -> e.code().value()).toArray(String[]::new);
    }

    /** Paired codes for {@code code}, given the statement and the words the main code accounted for. */
    List<Pair> pairs(IcdCmCode code, Statement s, long covered) {
        List<Pair> out = new ArrayList<>();
        for (AppliedNote an : release.notes(code)) {
            NoteKind k = an.note().kind();
            if ((k != NoteKind.USE_ADDITIONAL_CODE && k != NoteKind.CODE_FIRST) || an.note().references().isEmpty()) {
                continue;
            }
            boolean triggered = triggered(an.note().text(), s);
            IcdCmEntry best = bestInRanges(an.note().references(), code, s, covered, triggered);
            if (best != null && out.stream().noneMatch(p -> p.code().equals(best.code()))) {
                out.add(new Pair(best.code(), k == NoteKind.CODE_FIRST, an));
            }
        }
        return out;
    }

    /** Whether one fragment of the note's wording is mostly in the statement. */
    private boolean triggered(String text, Statement s) {
        for (String fragment : CODES.matcher(text).replaceAll(" ").split("[,;:]|\\bor\\b")) {
            String f = BOILER.matcher(fragment).replaceAll(" ");
            int[] w = vocabulary.internAll(f);
            if (w.length == 0) {
                continue;
            }
            int hit = 0;
            for (int id : w) {
                hit += s.bit(id) != 0 ? 1 : 0;
            }
            if (hit >= 1 && hit * 10 >= w.length * 6) {
                return true;
            }
        }
        return false;
    }

    private IcdCmEntry bestInRanges(List<CodeRange> ranges, IcdCmCode source, Statement s, long covered,
            boolean triggered) {
        IcdCmEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean bestNew = false;
        double bestFraction = 0;
        for (CodeRange r : ranges) {
            CodeRange wide = widen(r);
            int i = lowerBound(wide.first().value());
            for (; i < billable.length && inRange(wide, billableCodes[i]); i++) {
                IcdCmEntry e = billable[i];
                if (e.code().category().equals(source.category())) {
                    continue;
                }
                int[] w = walker.words(e);
                int matched = 0;
                boolean fresh = false;
                double score = 0;
                for (int id : w) {
                    long b = s.bit(id);
                    if (b != 0) {
                        matched++;
                        score += 1;
                        fresh |= (b & covered) == 0;
                    } else if (!vocabulary.isNegated(id)) {
                        score -= 0.5;
                    }
                }
                if (e.longTitle().toLowerCase().contains("unspecified")) {
                    score += 0.3;
                }
                if (matched > 0 && score > bestScore) {
                    best = e;
                    bestScore = score;
                    bestNew = fresh;
                    bestFraction = w.length == 0 ? 0 : (double) matched / w.length;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return triggered || (bestNew && bestFraction >= 0.5) ? best : null;
    }

    /** A range inside one category is widened to the category, so that its "unspecified" code can be chosen. */
    private CodeRange widen(CodeRange r) {
        IcdCmCode a = r.first().category();
        if (a.equals(r.last().category())) {
            return new CodeRange(a, a);
        }
        return r;
    }

    private static boolean inRange(CodeRange r, String code) {
        return r.contains(new IcdCmCode(code));
    }

    private int lowerBound(String first) {
        int lo = 0;
        int hi = billableCodes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (billableCodes[mid].compareTo(first) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;

/**
 * The billable codes of the release added after the Alphabetic Index in use was published (FY2024-FY2026 codes
 * over the FY2023 index: R10.A2 "Flank pain, left side", R10.24 "Suprapubic pain", I1A.0 "Resistant hypertension",
 * E16.A2 "Hypoglycemia level 2"). No index entry points to them, so a coder reaches them through the Tabular List:
 * the current long titles (the order file is the authority) are matched against the statement, and a code counts
 * only when the statement supports every word of its title (Guideline I.B.1: verify in the Tabular List; I.A.11).
 *
 * <p>Design: compiled once per release; each code is filed under the rarest word of its title, so a statement looks
 * at a handful of candidates. Codes with a 7th character are left out (their base code is reached by the index).
 */
final class AddedCodes {

    /** A supported code with the statement words its title names. */
    record Match(IcdCmEntry entry, long mask, int matched) {
    }

    /**
     * Title words that never decide and may be absent ("Flank pain, left side": "left" is what decides; "so stated"
     * in I47.11 "Inappropriate sinus tachycardia, so stated" says the provider must state it, which a statement
     * naming the condition does).
     */
    static final Set<String> FILLER = Set.of(Words.stem("side"), Words.stem("site"), Words.stem("region"),
            Words.stem("so"), Words.stem("stated"));
    /** A title must name at least this many statement words: one-word titles are too weak a cue. */
    private static final int MIN_WORDS = 2;

    private final Map<Integer, List<Integer>> byRareWord = new HashMap<>();
    private final List<IcdCmEntry> codes = new ArrayList<>();
    private final List<TitleWords.Title> titleList = new ArrayList<>();
    private final Vocabulary vocabulary;
    private final TitleWords titles;

    AddedCodes(IcdCmRelease release, Vocabulary vocabulary, TitleWords titles) {
        this.vocabulary = vocabulary;
        this.titles = titles;
        Set<Integer> filler = new java.util.HashSet<>();
        FILLER.forEach(f -> filler.add(vocabulary.intern(f)));
        Map<Integer, Integer> frequency = new HashMap<>();
        List<int[]> required = new ArrayList<>();
        for (IcdCmEntry e : release.entries()) {
            if (!e.billable() || !release.addedSinceNotes(e.code())
                    || release.seventhCharacterSource(e.code()).isPresent()) {
                continue;
            }
            TitleWords.Title t = titles.of(e);
            int[] words = java.util.Arrays.stream(t.essential())
                    .filter(id -> !filler.contains(id) && !vocabulary.isNegated(id)).distinct().toArray();
            if (words.length < MIN_WORDS) {
                continue;
            }
            codes.add(e);
            titleList.add(t);
            required.add(words);
            for (int w : words) {
                frequency.merge(w, 1, Integer::sum);
            }
        }
        for (int i = 0; i < codes.size(); i++) {
            int rare = required.get(i)[0];
            for (int w : required.get(i)) {
                rare = frequency.get(w) < frequency.get(rare) ? w : rare;
            }
            byRareWord.computeIfAbsent(rare, k -> new ArrayList<>(2)).add(i);
        }
        this.required = required;
    }

    private final List<int[]> required;

    /** How many codes there are (for tests and the trail). */
    int size() {
        return codes.size();
    }

    /**
     * The added code whose title the statement supports entirely and that names most statement words; null when
     * none does. On a tie the first in tabular order (the lower, usually the unspecified or general, code).
     */
    Match best(Statement s) {
        Match best = null;
        for (int id : s.ids) {
            List<Integer> at = byRareWord.get(id);
            if (at == null) {
                continue;
            }
            for (int i : at) {
                if (!supported(required.get(i), s)) {
                    continue;
                }
                TitleWords.Fit f = titles.fit(titleList.get(i), s, TitleWords.NONE, 0);
                if (f.conflict()) {
                    continue;
                }
                if (best == null || f.matched() > best.matched()
                        || f.matched() == best.matched() && codes.get(i).code().compareTo(best.entry().code()) < 0) {
                    best = new Match(codes.get(i), f.mask(), f.matched());
                }
            }
        }
        return best;
    }

    private static boolean supported(int[] words, Statement s) {
        for (int w : words) {
            if (s.bit(w) == 0) {
                return false;
            }
        }
        return true;
    }
}

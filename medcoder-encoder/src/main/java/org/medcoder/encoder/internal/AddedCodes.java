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
 * at a handful of candidates. A code with a 7th character counts only when its base was added too ({@link #addedBase}).
 */
final class AddedCodes {

    /**
     * A supported code with the statement words its title names; {@code byCore} when the statement supports its
     * title only without the words of its category's title ({@link AddedTitles#core}); {@code seventh} when it
     * carries a 7th character.
     */
    record Match(IcdCmEntry entry, long mask, int matched, boolean byCore, boolean seventh) {
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

    /** Codes (positions in {@link #codes}) by the rarest word of their required words, core or abbreviation. */
    private final WordPostings byRareWord;
    private final List<IcdCmEntry> codes = new ArrayList<>();
    private final List<TitleWords.Title> titleList = new ArrayList<>();
    private final Vocabulary vocabulary;
    private final TitleWords titles;

    AddedCodes(IcdCmRelease release, Vocabulary vocabulary, TitleWords titles) {
        this.vocabulary = vocabulary;
        this.titles = titles;
        this.extra = new AddedTitles(release, vocabulary, titles);
        Set<Integer> filler = new java.util.HashSet<>();
        FILLER.forEach(f -> filler.add(vocabulary.intern(f)));
        AddedTitles.FILLER.forEach(f -> filler.add(vocabulary.intern(f)));
        Map<Integer, Integer> frequency = new HashMap<>();
        List<int[]> required = new ArrayList<>();
        for (IcdCmEntry e : release.entries()) {
            if (!e.billable() || !release.addedSinceNotes(e.code()) || !addedBase(release, e)) {
                continue;
            }
            TitleWords.Title t = titles.of(e);
            int[] words = extra.withoutLead(e, java.util.Arrays.stream(t.essential())
                    .filter(id -> !filler.contains(id) && !vocabulary.isNegated(id)).distinct().toArray());
            // "and" in a title means "and/or" (I.A.14): "adenomatous and serrated colon polyps" is supported by either.
            for (int[] variant : alternatives(t, words)) {
                if (variant.length < MIN_WORDS) {
                    continue;
                }
                codes.add(e);
                titleList.add(t);
                required.add(variant);
                cores.add(extra.core(e, variant));
                shortened.add(extra.abbreviated(e, id -> !filler.contains(id) && !vocabulary.isNegated(id)));
                for (int w : variant) {
                    frequency.merge(w, 1, Integer::sum);
                }
                int[] last = shortened.get(shortened.size() - 1);
                for (int w : last == null ? TitleWords.NONE : last) {
                    frequency.merge(w, 1, Integer::sum);
                }
            }
        }
        Map<Integer, List<Integer>> byRareWord = new HashMap<>();
        this.seventh = new boolean[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            seventh[i] = release.seventhCharacterSource(codes.get(i).code()).isPresent();
            int rare = rarest(required.get(i), frequency);
            byRareWord.computeIfAbsent(rare, k -> new ArrayList<>(2)).add(i);
            int[] core = cores.get(i);
            if (core != null && rarest(core, frequency) != rare) {
                byRareWord.computeIfAbsent(rarest(core, frequency), k -> new ArrayList<>(2)).add(i);
            }
            int[] abbreviated = shortened.get(i);
            if (abbreviated != null && rarest(abbreviated, frequency) != rare) {
                byRareWord.computeIfAbsent(rarest(abbreviated, frequency), k -> new ArrayList<>(2)).add(i);
            }
        }
        this.required = required;
        Map<Integer, int[]> positions = new HashMap<>();
        byRareWord.forEach((id, at) -> positions.put(id, at.stream().mapToInt(Integer::intValue).toArray()));
        this.byRareWord = new WordPostings(positions);
    }

    private final List<int[]> required;
    /** Per code, whether it carries a 7th character ({@link #addedBase}). */
    private final boolean[] seventh;
    /** Per code, its title words less its category's ({@link AddedTitles#core}), or null. */
    private final List<int[]> cores = new ArrayList<>();
    /** Per code, its title words with its bracketed abbreviation for the words before it, or null. */
    private final List<int[]> shortened = new ArrayList<>();
    private final AddedTitles extra;

    /**
     * Whether a code with a 7th character was added itself (its base, "S30.82A" of S30.82AD "Blister (nonthermal) of
     * flank, subsequent encounter", FY2024), not only as a 7th-character extension of an old code, which the Tabular
     * XML of the index in use never lists; true for codes without a 7th character. Such a code's full title, the 7th
     * character's meaning included, is what the statement must support (I.A.5, I.C.19.a).
     */
    private static boolean addedBase(IcdCmRelease release, IcdCmEntry e) {
        if (release.seventhCharacterSource(e.code()).isEmpty()) {
            return true;
        }
        String v = e.code().value();
        String base = v.length() == 7 ? v.substring(0, 6).replaceAll("X+$", "") : v;
        return base.length() > 3 && release.addedSinceNotes(org.medcoder.core.IcdCmCode.parse(base));
    }

    /** The required words, and for each "and" pair of the title the words without one of the two (I.A.14). */
    private static List<int[]> alternatives(TitleWords.Title t, int[] words) {
        List<int[]> out = new ArrayList<>(List.of(words));
        int[] alt = t.alternatives();
        for (int i = 0; alt != null && i < alt.length; i++) {
            int drop = t.essential()[i];
            int partner = alt[i];
            if (partner != 0 && has(words, drop) && has(words, partner)) {
                out.add(java.util.Arrays.stream(words).filter(w -> w != drop).toArray());
            }
        }
        return out;
    }

    private static boolean has(int[] words, int id) {
        for (int w : words) {
            if (w == id) {
                return true;
            }
        }
        return false;
    }

    private static int rarest(int[] words, Map<Integer, Integer> frequency) {
        int rare = words[0];
        for (int w : words) {
            rare = frequency.get(w) < frequency.get(rare) ? w : rare;
        }
        return rare;
    }

    /** How many codes there are (for tests and the trail). */
    int size() {
        return codes.size();
    }

    /**
     * The added code whose title the statement supports entirely and that names most statement words; null when
     * none does. On a tie the first in tabular order (the lower, usually the unspecified or general, code).
     */
    Match best(Statement s) {
        Match full = null;
        Match core = null;
        for (int id : s.ids) {
            int[] at = byRareWord.get(id);
            if (at == null) {
                continue;
            }
            for (int i : at) {
                boolean plain = supported(required.get(i), s);
                boolean whole = plain || shortened.get(i) != null && supported(shortened.get(i), s);
                if (!whole && (cores.get(i) == null || !supported(cores.get(i), s))
                        || !extra.numbersBound(codes.get(i), s, whole && !plain)) {
                    continue;
                }
                TitleWords.Fit f = titles.fit(titleList.get(i), s, TitleWords.NONE, 0);
                if (f.conflict() || (f.mask() & ~StatementWords.encounterWords(s)) == 0) {
                    continue; // a title fit of the encounter words alone (7th character) names no condition (I.B.1)
                }
                Match m = new Match(codes.get(i), f.mask(), f.matched(), !whole, seventh[i]);
                if (whole) {
                    full = better(m, full);
                } else {
                    core = better(m, core);
                }
            }
        }
        // A title the statement supports entirely comes before one it supports without its category's words.
        return full != null ? full : core;
    }

    /** The match naming more statement words; on a tie the first in tabular order. */
    private static Match better(Match m, Match best) {
        return best == null || m.matched() > best.matched()
                || m.matched() == best.matched() && m.entry().code().compareTo(best.entry().code()) < 0 ? m : best;
    }

    /**
     * Whether the added code names the same statement words as the index path but the index code's own title names
     * fewer of them ("retroperitoneal hematoma": the FY2023 index's K66.1 "Hemoperitoneum" vs K68.3
     * "Retroperitoneal hematoma", added in FY2024): the Tabular List title that says the statement is the code
     * (I.B.1). Only for a title the statement supports entirely.
     */
    boolean renames(Match m, Lookup found, Statement s) {
        return !m.byCore() && extra.renames(m, found, s);
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

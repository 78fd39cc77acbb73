package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.core.IcdCmCode;

/**
 * The Tabular List check of an index code against the rest of its category (Guideline I.B.1): a sibling whose
 * title fits the statement better, a code added since the index was published, or a code deeper in the category
 * that names a detail the index path did not reach. One phase of the {@link TabularWalker}'s walk.
 */
final class SiblingCheck {

    private static final Set<String> CONTEXT_WORDS = Set.of(Words.stem("right"), Words.stem("left"),
            Words.stem("bilateral"), Words.stem("initial"), Words.stem("subsequent"), Words.stem("encounter"),
            Words.stem("sequela"), Words.stem("acute"), Words.stem("chronic"));

    /**
     * Limb and body-region words of the Tabular List's site axes (M19.1- "right shoulder", L97.2- "calf", L98.A2-
     * "forearm"): a code elsewhere in the category that names a site the statement does not state is another site's
     * code, not a refinement of the index code (I.B.1, I.A.9).
     */
    private static final Set<String> SITE_WORDS = Set.of("shoulder", "arm", "elbow", "forearm", "wrist", "hand",
            "finger", "thumb", "hip", "thigh", "knee", "leg", "calf", "ankle", "foot", "toe", "heel", "midfoot", "buttock",
            "back", "abdomen", "chest", "neck", "face", "groin");

    private final IcdCmRelease release;
    private final Vocabulary vocabulary;
    private final TitleWords titles;
    private final TabularLevels levels;
    private final Set<Integer> fillerIds;
    private final BothSides sides;
    private final AddedSiblings addedSiblings;
    private final Companions companions;
    private final int otherId;
    private final Set<Integer> contextIds;
    private final Set<Integer> siteIds;
    private final Set<Integer> impliedIds;
    private final ConcurrentHashMap<String, TabularLevels.Level> categories = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<Integer>> categoryWords = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, TabularLevels.Level> belowCodes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, int[]> impliedWords = new ConcurrentHashMap<>();

    SiblingCheck(IcdCmRelease release, Vocabulary vocabulary, TitleWords titles, TabularLevels levels,
            BothSides sides) {
        this.release = release;
        this.vocabulary = vocabulary;
        this.titles = titles;
        this.levels = levels;
        this.sides = sides;
        this.otherId = vocabulary.intern(Words.stem("other"));
        this.contextIds = CONTEXT_WORDS.stream().map(vocabulary::intern).collect(Collectors.toSet());
        this.siteIds = SITE_WORDS.stream().map(w -> vocabulary.intern(Words.stem(w))).collect(Collectors.toSet());
        this.impliedIds = SiteAliases.IMPLIED.stream().map(vocabulary::intern).collect(Collectors.toSet());
        this.fillerIds = AddedCodes.FILLER.stream().map(vocabulary::intern).collect(Collectors.toSet());
        this.companions = new Companions(release, titles);
        this.addedSiblings = new AddedSiblings(release, vocabulary, titles, levels, fillerIds, companions);
    }

    /** The codes reported after the code their own "code first" note names (I.A.13). */
    Companions companions() {
        return companions;
    }

    /**
     * Tabular verification against the siblings: moves to a sibling whose title fits the statement better
     * (names at least as many of its words and scores higher), e.g. the index's K35.31 "... without perforation"
     * when the statement says perforation, or F33.9 "recurrent, unspecified" when it says "recurrent, moderate".
     */
    IcdCmCode refine(IcdCmCode c, Statement written, List<String> steps, long covered) {
        if (c.value().length() <= 3 || c.value().length() == 7 && !levels.seventhCharacters(c).isEmpty()) {
            return c;
        }
        Statement s = partsAsWhole(c, written);
        TabularLevels.Level level = siblings(c);
        if (level.codes().size() < 2) {
            return c;
        }
        IcdCmEntry self = release.entry(c).orElseThrow();
        // The own title's fit, once per call (hot path): its conflict gates the other title fits below.
        TitleWords.Fit plain = titles.fit(titles.of(self), s, TitleWords.NONE, 0);
        IcdCmEntry best = bestSibling(level, self, s, covered | implied(c, s), plain.conflict());
        if (best != self && !companions.companionOf(best.code(), c)) {
            // A right-side sibling of a bilateral statement with no bilateral code: the left one follows (I.B.13).
            boolean split = BothSides.bilateral(s) && sides.left(best.code()).isPresent();
            steps.add("tabular check: " + c.dotted() + " (" + self.longTitle() + ") -> sibling " + best.code().dotted()
                    + " fits the statement better: " + best.longTitle() + (split ? "; " + BothSides.STEP : ""));
            return best.code();
        }
        IcdCmCode added = addedSiblings.added(c, self, s, steps, plain);
        if (added != null) {
            return added;
        }
        IcdCmCode sided = self.billable() ? sides.stated(self, s) : null;
        if (sided != null) {
            boolean split = BothSides.bilateral(s)
                    && !release.entry(sided).orElseThrow().longTitle().contains("ilateral");
            steps.add("tabular check: " + c.dotted() + " (" + self.longTitle() + ") -> " + sided.dotted() + (split
                    ? "; " + BothSides.STEP : ": the statement states the side the code leaves unspecified (I.B.13)"));
            return sided;
        }
        IcdCmCode resolved = plain.conflict() ? resolved(c, self, s, steps) : null;
        return resolved != null ? resolved : deeper(c, self, s, steps, covered);
    }

    /** The codes of the same length under the code's nearest existing parent, as one level (cached). */
    private TabularLevels.Level siblings(IcdCmCode c) {
        IcdCmCode parent = c.parent();
        while (release.entry(parent).isEmpty() && parent.value().length() > 3) {
            parent = parent.parent();
        }
        IcdCmCode p = parent;
        return levels.level(parent.value() + "/" + c.value().length(), k -> {
            List<IcdCmEntry> same = levels.subdivisions(p).stream()
                    .filter(e -> e.code().value().length() == c.value().length()).toList();
            return levels.level(same, levels.shared(same));
        });
    }

    /**
     * When the code's title says "without" something the statement states and no sibling resolves it (the index's
     * "Puncture, hand, left" S61.432 "... without foreign body ..." reached for "puncture wound with foreign body of
     * left hand": the "with foreign body" subterm's words were used on the way by "Foreign body, with, puncture
     * wound, see Puncture, by site, with foreign body"), the code of the same length in the category that has no
     * such conflict and names the statement best (S61.442); Guideline I.B.1, I.A.12.a. Null when there is none.
     */
    private IcdCmCode resolved(IcdCmCode c, IcdCmEntry self, Statement s, List<String> steps) {
        if (!wholeConflict(titles.of(self), s)) {
            return null;
        }
        TabularLevels.Level category = category(c);
        IcdCmEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < category.codes().size(); i++) {
            IcdCmEntry e = category.codes().get(i);
            TitleWords.Fit f = titles.fit(category.titles()[i], s, TitleWords.NONE, 0);
            if (e.code().value().length() == c.value().length() && !f.conflict() && f.score() > bestScore
                    && grounded(e, self, s)) {
                best = e;
                bestScore = f.score();
            }
        }
        if (best == null) {
            return null;
        }
        steps.add("tabular check: " + c.dotted() + " (" + self.longTitle() + ") says \"without\" what the statement"
                + " states -> " + best.code().dotted() + " " + best.longTitle() + " (I.B.1)");
        return best.code();
    }

    /** Every code of the code's category as one level, cached per category. */
    private TabularLevels.Level category(IcdCmCode c) {
        return NotePairing.cached(categories, c.category().value(), k -> {
            List<IcdCmEntry> out = new ArrayList<>();
            levels.collect(c.category(), out);
            return levels.level(List.copyOf(out), TitleWords.NONE);
        });
    }

    /**
     * The sibling that names more of the statement (or resolves a conflict of the code's own title), else self.
     * Contradicted also by its title's "without X" when X is stated though an inclusion term fits ("Hypertensive
     * heart disease NOS" of I11.9; I.B.1, I.C.9.a.1); that fit can conflict only if {@code plainConflict} (hot path).
     */
    private IcdCmEntry bestSibling(TabularLevels.Level level, IcdCmEntry self, Statement s, long covered,
            boolean plainConflict) {
        int[] shared = level.shared();
        TitleWords.Fit own = levels.fit(levels.texts(self), s, shared);
        IcdCmEntry best = self;
        TitleWords.Fit bestFit = own;
        boolean bestSpecific = false;
        boolean residual = java.util.Arrays.stream(titles.of(self).essential()).anyMatch(id -> id == otherId);
        boolean contradicted = own.conflict() || plainConflict && titles.fit(titles.of(self), s, shared, 0L).conflict();
        for (int i = 0; i < level.codes().size(); i++) {
            if (!contradicted && !level.mayName(i, s)) {
                continue; // its fit names no word (mask 0): neither fresh nor specific, and nothing to resolve
            }
            TitleWords.Fit f = levels.fit(level, i, s, TitleWords.NONE);
            boolean fresh = (f.mask() & ~covered & ~own.mask()) != 0;
            // An "other" code is the residual of its level (I.A.9.a): a sibling whose own words the statement names
            // every one of is the specific code (STEMI "of inferior wall involving right coronary artery": I21.11,
            // not I21.19 "... other coronary artery of inferior wall").
            boolean specific = residual && fresh && f.essentialMatched() > 0
                    && f.essentialMatched() == distinct(level.titles()[i], shared);
            boolean names = fresh && (f.matched() >= own.matched() || specific);
            boolean resolves = contradicted && !f.conflict();
            if (f.conflict()) {
                continue;
            }
            if (specific && (!bestSpecific || f.score() > bestFit.score())
                    || !bestSpecific && (names || resolves) && f.score() > bestFit.score() + 0.25) {
                best = level.codes().get(i);
                bestFit = f;
                bestSpecific = specific;
            }
        }
        return best;
    }

    /** How many of the title's essential words are not shared by its whole level. */
    private static int distinct(TitleWords.Title t, int[] shared) {
        int n = 0;
        for (int id : t.essential()) {
            n += contains(shared, id) ? 0 : 1;
        }
        return n;
    }

    private static boolean contains(int[] sorted, int id) {
        return sorted.length > 0 && java.util.Arrays.binarySearch(sorted, id) >= 0;
    }

    /**
     * When no sibling helps, a code anywhere in the category that names a detail of the statement the index path
     * did not reach (the FY2023 index has no "Sepsis, Pseudomonas"; the Tabular has A41.52): the coder's scan of
     * the category in the Tabular List. Laterality and encounter words do not count as such details.
     */
    private IcdCmCode deeper(IcdCmCode c, IcdCmEntry self, Statement s, List<String> steps, long covered) {
        long fresh = fresh(s, covered) & ~implied(c, s);
        if (fresh == 0) {
            return c;
        }
        TabularLevels.Level category = category(c);
        List<IcdCmEntry> all = category.codes();
        if (!mentions(c.category().value(), all, s, fresh) || !self.billable() && below(c, s, fresh)) {
            return c;
        }
        TitleWords.Fit own = levels.fit(levels.texts(self), s, TitleWords.NONE, TitleWords.NONE, covered);
        IcdCmEntry best = null;
        double bestScore = own.score() + 0.25;
        for (int i = 0; i < all.size(); i++) {
            TitleWords.Fit f = titles.fit(category.titles()[i], s, TitleWords.NONE, covered);
            if ((f.mask() & fresh) != 0 && !f.conflict() && f.score() > bestScore
                    && grounded(all.get(i), self, s)) {
                best = all.get(i);
                bestScore = f.score();
            }
        }
        if (best == null || best.code().equals(c) || companions.companionOf(best.code(), c)) {
            return c;
        }
        steps.add("tabular check: " + c.dotted() + " (" + self.longTitle() + ") -> " + best.code().dotted()
                + " in the same category names the statement's detail: " + best.longTitle());
        return best.code();
    }

    /** The statement's words the index path did not cover, other than laterality, encounter and negated words. */
    private static long fresh(Statement s, long covered) {
        long fresh = 0;
        for (int i = 0; i < s.stems.length; i++) {
            if ((covered & (1L << i)) == 0 && !CONTEXT_WORDS.contains(s.stems[i]) && !s.stems[i].startsWith("~")) {
                fresh |= 1L << i;
            }
        }
        return fresh;
    }

    /**
     * Whether a code elsewhere in the category is a refinement of the index code rather than another condition
     * (Guideline I.B.1: the Tabular List verifies the index code, it does not replace it). A specified code is never
     * traded for an "unspecified" one (I.A.9: "unspecified" is for a detail the record lacks: "cervical strain"
     * stays at S16.1, not S16.9 "Unspecified injury ..."), and an eponym code (a possessive in its title) not for
     * one whose title drops a word of it that the statement states ("displaced Colles' fracture" stays at S52.53-,
     * not S52.12- "Displaced fracture of head of radius"; "Bennett's fracture of thumb" is no S62.5- "Fracture of
     * thumb": the eponym is the index's answer). An "unspecified" index code is refined freely (M10.9 "Gout,
     * unspecified" to the site the statement names), but never to a site the statement does not name ("post-traumatic
     * arthritis of right hip" is no M19.111 "... right shoulder"; a calf ulcer is no L98.A21- "... forearm").
     */
    private boolean grounded(IcdCmEntry candidate, IcdCmEntry self, Statement s) {
        Set<Integer> own = levels.words(self);
        Set<Integer> grouped = null;
        for (int id : levels.words(candidate)) {
            if (siteIds.contains(id) && s.bit(id) == 0 && !own.contains(id)) {
                grouped = grouped != null ? grouped : SiteAliases.siteGroups(candidate.longTitle(), vocabulary, s, own);
                if (!grouped.contains(id)) {
                    return false; // the candidate names a site the statement does not state (I.B.1, I.A.9)
                }
            }
        }
        if (namesDefaultedWord(candidate, self, s)) {
            return false;
        }
        if (unspecified(self.longTitle())) {
            return true;
        }
        if (unspecified(candidate.longTitle())) {
            return false;
        }
        if (self.longTitle().indexOf('\'') < 0) {
            return true;
        }
        Set<Integer> has = levels.words(candidate);
        for (int id : titles.of(self).essential()) {
            if (s.bit(id) != 0 && !has.contains(id) && !contextIds.contains(id)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the index code says "without X" for words the statement states none of (the classification's default
     * when the statement is silent: K80.20 "... without cholecystitis without obstruction" for "cholelithiasis without
     * obstruction") and the candidate names one of them (K80.18 "... with other cholecystitis ..."): another
     * condition, not a detail of the statement (I.B.1). A statement stating one of them ("diverticulitis with
     * abscess" for "... without perforation or abscess") may move on.
     */
    private boolean namesDefaultedWord(IcdCmEntry candidate, IcdCmEntry self, Statement s) {
        boolean names = false;
        Set<Integer> has = levels.words(candidate);
        for (int id : titles.of(self).essential()) {
            if (vocabulary.isNegated(id)) {
                int plain = vocabulary.positive(id);
                if (s.bit(plain) != 0) {
                    return false;
                }
                names |= has.contains(plain);
            }
        }
        return names;
    }

    /**
     * Whether the statement states every word the title negates ("without foreign body": foreign and body), not
     * one of them only ("without intrauterine pregnancy" for "tubal pregnancy" is no conflict); a word the statement
     * negates too counts as agreeing.
     */
    private boolean wholeConflict(TitleWords.Title t, Statement s) {
        for (int id : t.essential()) {
            // A word the statement negates as well ("without damage to nail") agrees with the title.
            if (vocabulary.isNegated(id) && s.bit(vocabulary.positive(id)) == 0 && s.bit(id) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean unspecified(String title) {
        return title.startsWith("Unspecified") || title.contains(" unspecified") || title.contains(", unspecified");
    }

    /**
     * The statement words the code already says through the Tabular List's hierarchy: the titles of the subcategory
     * headers above it (I82.53- "popliteal vein" sits under I82.5 "Chronic embolism and thrombosis of deep veins of
     * lower extremity": "deep" is no detail the index path missed) and the 7th characters its table adds (H40.22-
     * takes "moderate stage" as its 7th character, I.A.5, I.C.7.a), so they never send the code elsewhere in the
     * category.
     */
    private long implied(IcdCmCode c, Statement s) {
        int[] words = NotePairing.cached(impliedWords, c.value(), k -> {
            Set<Integer> w = new HashSet<>();
            for (IcdCmCode p = c.parent(); p.value().length() > 3; p = p.parent()) {
                release.entry(p).ifPresent(e -> w.addAll(levels.words(e)));
            }
            List<SeventhCharacter> chars = levels.seventhCharacters(c);
            List<IcdCmEntry> kids = levels.subdivisions(c);
            if (chars.isEmpty() && !kids.isEmpty()) {
                chars = levels.seventhCharacters(kids.get(0).code());
            }
            for (SeventhCharacter ch : chars) {
                for (int id : titles.parse(ch.meaning()).essential()) {
                    w.add(id);
                }
            }
            return TitleWords.sorted(w);
        });
        long bits = 0;
        for (int id : words) {
            bits |= s.bit(id);
        }
        return bits;
    }

    /**
     * Whether a code below the header names one of the fresh words: the coder then goes down from the index code
     * ("Leukemia, acute myeloid" C92.0- "in relapse" is C92.02, not C92.92 elsewhere in the category).
     */
    private boolean below(IcdCmCode header, Statement s, long fresh) {
        TabularLevels.Level level = NotePairing.cached(belowCodes, header.value(), k -> {
            List<IcdCmEntry> out = new ArrayList<>();
            levels.collect(header, out);
            return levels.level(List.copyOf(out), TitleWords.NONE);
        });
        for (TitleWords.Title t : level.titles()) {
            if ((titles.fit(t, s, TitleWords.NONE, 0).mask() & fresh) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The statement whose part of a limb ("great toe", "first MTP") also matches its whole ("foot") when no title of
     * the code's category names the part but one names the whole: M10.07- "... ankle and foot" is the site of a gout
     * of the great toe, while M84.37- keeps its own "toe(s)" codes (SiteAliases.PARTS; I.A.9, I.B.1).
     */
    private Statement partsAsWhole(IcdCmCode c, Statement s) {
        Statement out = s;
        for (int i = 0; i < s.stems.length; i++) {
            String whole = SiteAliases.PARTS.get(s.stems[i]);
            int id = whole == null ? -1 : vocabulary.lookup(whole);
            if (id >= 0 && out.bit(id) == 0) {
                Set<Integer> words = categoryWords(c.category().value(), category(c).codes());
                out = !words.contains(s.ids[i]) && words.contains(id) ? out.aliased(id, i) : out;
            }
        }
        return out;
    }

    /** The words of every title in the category (cached per category). */
    private Set<Integer> categoryWords(String category, List<IcdCmEntry> all) {
        return NotePairing.cached(categoryWords, category, k -> {
            Set<Integer> w = new HashSet<>();
            for (IcdCmEntry e : all) {
                w.addAll(levels.words(e));
            }
            return w;
        });
    }

    /** Whether any title in the category has one of the fresh statement words (category word sets cached). */
    private boolean mentions(String category, List<IcdCmEntry> all, Statement s, long fresh) {
        Set<Integer> words = categoryWords(category, all);
        for (int i = 0; i < s.searchIds.length; i++) {
            int id = s.searchIds[i];
            // A site aliased to a statement word counts as it ("toe": the titles' "foot"; SiteAliases), not a word
            // only implied ("disease" of an eponym: "Cushing's" names no E11.630 "... periodontal disease").
            boolean own = i < s.ids.length || !impliedIds.contains(id);
            if (own && (fresh & s.bit(id)) != 0 && words.contains(id)) {
                return true;
            }
        }
        return false;
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;

/**
 * The codes of an index code's category added to the Tabular List after the Alphabetic Index in use (FY2024-FY2026
 * codes over the FY2023 index): a coder verifying the index code in the current Tabular List (Guideline I.B.1) takes
 * the added code whose title names the statement's detail. Part of {@link SiblingCheck}.
 */
final class AddedSiblings {

    private final IcdCmRelease release;
    private final Vocabulary vocabulary;
    private final TitleWords titles;
    private final TabularLevels levels;
    private final Set<Integer> fillerIds;
    private final Companions companions;
    private final ConcurrentHashMap<String, TabularLevels.Level> addedCodes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, int[]> ownWords = new ConcurrentHashMap<>();

    AddedSiblings(IcdCmRelease release, Vocabulary vocabulary, TitleWords titles, TabularLevels levels,
            Set<Integer> fillerIds, Companions companions) {
        this.release = release;
        this.vocabulary = vocabulary;
        this.titles = titles;
        this.levels = levels;
        this.fillerIds = fillerIds;
        this.companions = companions;
    }

    /**
     * A code of the category added since the index was published (the FY2023 index cannot point to R10.A- "Flank
     * pain", new in FY2024: its "Pain, flank" still leads to R10.9) whose title the statement supports entirely and
     * which names a statement word the index code's title does not: the coder's check of the current Tabular List
     * (Guideline I.B.1; the FY2026 long titles are the authority). Words the index path covered count here, since
     * the index could not know the new code. Null when there is none.
     */
    IcdCmCode added(IcdCmCode c, IcdCmEntry self, Statement s, List<String> steps, TitleWords.Fit own) {
        TabularLevels.Level fresh = NotePairing.cached(addedCodes, c.category().value(), k -> {
            List<IcdCmEntry> all = new ArrayList<>();
            levels.collect(c.category(), all);
            return levels.level(all.stream().filter(e -> release.addedSinceNotes(e.code())).toList(), TitleWords.NONE);
        });
        if (fresh.codes().isEmpty() || release.addedSinceNotes(c)) {
            return null;
        }
        IcdCmEntry best = null;
        int bestMatched = 0;
        // Below the index code the header walk decides (TabularWalker.chooseChild); borrowing is for codes beside it
        // that name every statement word the index code's title names (Y07.11 "father" never yields to Y07.44 "child").
        boolean borrows = own.mask() != 0;
        for (int i = 0; i < fresh.codes().size(); i++) {
            if (!fresh.mayName(i, s) || companions.companionOf(fresh.codes().get(i).code(), c)) {
                // No word named (mask 0): it adds nothing to the code's own. A companion follows the code its
                // "code first" note names, never replaces it (I.A.13; Companions).
                continue;
            }
            TitleWords.Title t = fresh.titles()[i];
            TitleWords.Fit f = titles.fit(t, s, TitleWords.NONE, 0);
            boolean supported = !f.conflict() && (f.essentialMatched() + ignorable(t, s) == t.essential().length
                    || borrows && (f.mask() & own.mask()) == own.mask()
                            && !fresh.codes().get(i).code().value().startsWith(c.value()) && borrowed(t, s, self));
            if (supported && (f.mask() & ~own.mask()) != 0 && f.matched() > bestMatched) {
                best = fresh.codes().get(i);
                bestMatched = f.matched();
            }
        }
        if (best == null) {
            return null;
        }
        steps.add("tabular check: " + c.dotted() + " (" + self.longTitle() + ") -> " + best.code().dotted() + " "
                + best.longTitle() + ": added to the category after the index in use, its title names the"
                + " statement's detail (I.B.1)");
        return best.code();
    }

    /**
     * Whether every essential word of the added title is in the statement, need not be (negated, filler), or is a
     * word of the index code's own title: the index path vouches for its code's words ("Other osteoporosis with
     * current pathological fracture" of M80.85-, reached by "Osteoporosis, disuse, with pathological fracture,
     * pelvis" when the FY2023 index filed the pelvis with the femur), so the added code (M80.8B- "... pelvis",
     * FY2024) needs the statement only for its own detail (I.B.1; I.A.9.a for its "other").
     */
    private boolean borrowed(TitleWords.Title t, Statement s, IcdCmEntry self) {
        int[] own = NotePairing.cached(ownWords, self.code().value(),
                k -> java.util.Arrays.stream(titles.of(self).essential()).sorted().toArray());
        for (int id : t.essential()) {
            if (s.bit(id) == 0 && !vocabulary.isNegated(id) && !fillerIds.contains(id)
                    && java.util.Arrays.binarySearch(own, id) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many of the title's essential words need not be in the statement: negated ones ("without coma", satisfied
     * when the statement is silent) and filler words such as "side" ({@link AddedCodes#FILLER}).
     */
    private int ignorable(TitleWords.Title t, Statement s) {
        int n = 0;
        for (int id : t.essential()) {
            // A negated word the statement negates too is matched already: counted once ("not intractable" of
            // G40.C09 must not make up for a title word the statement lacks, "intractable" of G40.C19).
            n += (vocabulary.isNegated(id) || fillerIds.contains(id)) && s.bit(id) == 0 ? 1 : 0;
        }
        return n;
    }

}

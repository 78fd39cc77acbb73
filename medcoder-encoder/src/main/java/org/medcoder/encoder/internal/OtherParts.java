package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.core.IcdCmCode;

/**
 * A neoplasm site the statement names that its code calls an "unspecified part": the Neoplasm table sends some
 * sites to a wider row ("skin, forehead, see also Neoplasm, skin, face" -> "face NOS, basal cell carcinoma" C44.310
 * "... of unspecified parts of face"), though the forehead's own row is coded as one of the "other parts of face"
 * (C44.309). A site stated is not an unspecified one (I.B.18, I.A.9.a "other" codes for specified sites without a
 * code of their own): the sibling whose title says "other" where this one says "unspecified" is taken (C44.319).
 */
final class OtherParts {

    /** Behaviour and morphology words that name no site. */
    private static final Set<String> NOT_SITES = Set.copyOf(List.of("cancer", "malignant", "neoplasm", "tumor",
            "carcinoma", "lesion", "primary", "skin", "growth", "malignancy").stream().map(Words::stem).toList());

    private final TitleWords titles;
    private final TabularLevels levels;

    OtherParts(TitleWords titles, TabularLevels levels) {
        this.titles = titles;
        this.levels = levels;
    }

    /** The "other parts" sibling of a neoplasm code of "unspecified part(s)" whose path used a site its title lacks. */
    IcdCmCode refine(IcdCmCode c, IcdCmEntry e, Statement s, long covered, List<String> steps) {
        char chapter = c.value().charAt(0);
        boolean neoplasm = chapter == 'C' || chapter == 'D' && c.value().charAt(1) <= '4';
        if (!neoplasm || c.value().length() < 4) {
            return c;
        }
        String title = e.longTitle().toLowerCase(Locale.ROOT);
        if (!title.contains("unspecified part")) {
            return c;
        }
        long inTitle = titles.fit(titles.parse(e.longTitle()), s, TitleWords.NONE, 0).mask();
        long sites = covered & ~inTitle;
        for (int i = 0; i < s.stems.length && i < 64; i++) {
            if ((sites & (1L << i)) != 0 && NOT_SITES.contains(s.stems[i])) {
                sites &= ~(1L << i);
            }
        }
        if (sites == 0) {
            return c;
        }
        String other = title.replace("unspecified part", "other part");
        for (IcdCmEntry k : levels.subdivisions(c.parent())) {
            if (k.billable() && k.longTitle().toLowerCase(Locale.ROOT).equals(other)) {
                steps.add("tabular check: " + c.dotted() + " (" + e.longTitle() + ") -> " + k.code().dotted()
                        + ": the statement names the site, one of the other parts (I.A.9.a, I.B.18)");
                return k.code();
            }
        }
        return c;
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;

/**
 * How a statement may support the title of a code added since the index in use ({@link AddedCodes}) without
 * repeating it word for word, as a coder reads the Tabular List (Guideline I.B.1):
 * <ul>
 *   <li>the words of the code's category title are the category's, not the code's detail: "APOL1-mediated kidney
 *       disease" supports N07.B "Hereditary nephropathy, not elsewhere classified with APOL1-mediated kidney
 *       disease [AMKD]" (category N07 "Hereditary nephropathy, not elsewhere classified") ({@link #core});</li>
 *   <li>"Problems related to" that opens the Z55-Z65 titles is the chapter's wording, not the statement's ("limited
 *       health literacy": Z55.6 "Problems related to health literacy"), and so is "Encounter for" of the Z encounter
 *       codes ("sepsis aftercare": Z51.A) ({@link #withoutLead});</li>
 *   <li>a number in a title belongs to the word beside it: "level 2 hypoglycemia" in a statement that also says
 *       "type 1 diabetes" supports E16.A2 "Hypoglycemia level 2", not E16.A1 "Hypoglycemia level 1"
 *       ({@link #numbersBound});</li>
 *   <li>"subtype" is the title's filler ("hydrogen-subtype" small intestinal bacterial overgrowth, K63.8211).</li>
 * </ul>
 * Everything is computed once per code at release load; per statement the checks are a few array probes.
 */
final class AddedTitles {

    /** Title words that never decide (with {@link AddedCodes#FILLER}). */
    static final Set<String> FILLER = Set.of(Words.stem("subtype"));
    /** A title's core must keep at least this many words. */
    private static final int MIN_CORE = 2;
    private static final Pattern NUMBER_BESIDE = Pattern.compile("([a-z]+)[ -](\\d+)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z]+|\\d+");

    private final IcdCmRelease release;
    private final TitleWords titles;
    private final int[] lead;
    /** Per added code with a number in its title: the (word, number) pairs it names. */
    private final Map<String, List<String[]>> numbers = new ConcurrentHashMap<>();

    AddedTitles(IcdCmRelease release, Vocabulary vocabulary, TitleWords titles) {
        this.release = release;
        this.titles = titles;
        this.lead = new int[] {vocabulary.intern(Words.stem("problems")), vocabulary.intern(Words.stem("related")),
            vocabulary.intern(Words.stem("encounter"))};
    }

    /** The title's required words less "problems related to" when the title opens with it. */
    int[] withoutLead(IcdCmEntry e, int[] words) {
        String t = e.longTitle().toLowerCase(Locale.ROOT);
        if (t.startsWith("encounter for ") && e.code().value().startsWith("Z")) {
            // Chapter 21's encounter titles: the statement names the reason, "encounter" is the code's kind
            // ("sepsis aftercare": Z51.A "Encounter for sepsis aftercare", FY2025; I.C.21.a, I.C.21.c.7).
            return Arrays.stream(words).filter(w -> w != lead[2]).toArray();
        }
        if (!t.startsWith("problems related to ") && !t.startsWith("problem related to ")) {
            return words;
        }
        return Arrays.stream(words).filter(w -> w != lead[0] && w != lead[1]).toArray();
    }

    /** A bracketed abbreviation in a title: one token with at least two capitals ("[LAMP2]", "[HoFH]", "[BMI]"). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\[([A-Za-z0-9+-]*[A-Z][A-Za-z0-9+-]*[A-Z][A-Za-z0-9+-]*)]");

    /**
     * The title's words with its bracketed abbreviation standing for the words before it (back to the previous
     * comma or the title's start): "Lysosome-associated membrane protein 2 [LAMP2] deficiency" (E74.05, FY2024)
     * is supported by "LAMP2 deficiency", as the Tabular List's brackets enclose synonyms and alternative wording
     * (Guideline I.A.6). Null when the title has no such abbreviation. {@code keep} filters the words as the
     * caller filters the title's own words.
     */
    int[] abbreviated(IcdCmEntry e, java.util.function.IntPredicate keep) {
        String text = abbreviatedText(e.longTitle());
        if (text == null) {
            return null;
        }
        int[] words = Arrays.stream(titles.parse(text).essential()).filter(keep).distinct().toArray();
        return words.length < MIN_CORE ? null : words;
    }

    /** The title with its bracketed abbreviation in place of the words it stands for, or null. */
    private static String abbreviatedText(String t) {
        Matcher m = ABBREVIATION.matcher(t);
        if (!m.find()) {
            return null;
        }
        int start = t.lastIndexOf(',', m.start()) + 1;
        return t.substring(0, start) + " " + m.group(1) + " " + t.substring(m.end());
    }

    /**
     * The required words less those of the code's category title, when at least {@link #MIN_CORE} remain and some
     * were removed; else null (the whole title is required).
     */
    int[] core(IcdCmEntry e, int[] words) {
        IcdCmCode category = e.code().category();
        if (category.equals(e.code())) {
            return null;
        }
        int[] header = release.entry(category).map(c -> titles.of(c).essential()).orElse(TitleWords.NONE);
        int[] core = Arrays.stream(words).filter(w -> Arrays.stream(header).noneMatch(h -> h == w)).toArray();
        return core.length == words.length || core.length < MIN_CORE ? null : core;
    }

    /**
     * Whether every number of the code's title stands in the statement beside the same word ("level 2", "2 level",
     * "class 3"); true for titles without numbers. {@code abbreviated}: the title read with its bracketed
     * abbreviation ({@link #abbreviated}), so the "2" of "membrane protein 2 [LAMP2]" is the abbreviation's.
     */
    boolean numbersBound(IcdCmEntry e, Statement s, boolean abbreviated) {
        List<String[]> pairs = numbers.computeIfAbsent(e.code().value() + (abbreviated ? "/a" : ""),
                k -> pairs(abbreviated ? abbreviatedText(e.longTitle()) : e.longTitle()));
        if (pairs.isEmpty()) {
            return true;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s.expanded);
        while (m.find()) {
            words.add(m.group());
        }
        for (String[] p : pairs) {
            if (!beside(words, p[0], p[1])) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> pairs(String title) {
        List<String[]> out = new ArrayList<>(1);
        Matcher m = NUMBER_BESIDE.matcher(title.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(new String[] {Words.stem(m.group(1)), m.group(2)});
        }
        return List.copyOf(out);
    }

    private static boolean beside(List<String> words, String stem, String number) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(number) && (i > 0 && Words.stem(words.get(i - 1)).equals(stem)
                    || i + 1 < words.size() && Words.stem(words.get(i + 1)).equals(stem))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the added code's title names every statement word of the index path while the index code's own
     * FY2026 title, in another category, names fewer of them (the index points to an older code for words a newer
     * title now says).
     */
    boolean renames(AddedCodes.Match m, Lookup found, Statement s) {
        long words = found.covered & ~StatementWords.encounterWords(s);
        if (words == 0 || (m.mask() & words) != words || m.matched() < 2) {
            return false;
        }
        IcdCmEntry index = entry(found.code);
        // In the index code's own category the Tabular List walk reaches the added code and goes further down
        // ("Dense breasts" R92.2 -> R92.30 -> R92.333 by the statement's "heterogeneously" and "bilateral").
        if (index == null || index.code().category().equals(m.entry().code().category())) {
            return false;
        }
        TitleWords.Fit own = titles.fit(titles.of(index), s, TitleWords.NONE, 0);
        return Long.bitCount(own.mask() & words) < Long.bitCount(words);
    }

    private IcdCmEntry entry(String code) {
        try {
            return release.entry(IcdCmCode.parse(code.replace("-", "").replace(".", "").strip())).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.OpenQuestion;

/**
 * Verifies an index code in the Tabular List and completes it to a billable code (Guideline I.B.1: never code
 * from the index alone). The code is compared with its siblings' titles (a sibling that names the statement's
 * details better, or a title that says "without" something the statement has, is the coder's cue to move:
 * {@link SiblingCheck}); a header is walked down to the child the statement supports, and when the statement is
 * silent, to the child the classification provides for "unspecified", recording the question a coder would ask.
 * Seventh characters come from the category's 7th-character table, with the placeholder X (I.A.4, I.A.5). Codes
 * added since the index was published are reached this way through their titles.
 */
final class TabularWalker {

    /** Where the walk ended, the steps for the trail and the questions left open. */
    record Result(IcdCmCode code, List<String> steps, List<OpenQuestion> questions, Set<String> guidelines,
            long used) {
    }

    /** Mutable state of one walk. */
    private static final class Walk {
        final List<String> steps = new ArrayList<>();
        final List<OpenQuestion> questions = new ArrayList<>();
        final Set<String> guidelines = new LinkedHashSet<>();
        long used;
    }

    private static final java.util.regex.Pattern SIDE = java.util.regex.Pattern.compile(".*\\b(right|left)\\b.*");

    private final IcdCmRelease release;
    private final Vocabulary vocabulary;
    private final TitleWords titles;
    private final TabularLevels levels;
    private final SiblingCheck siblings;
    private final BothSides bothSides;
    private final OtherParts otherParts;
    private final ConcurrentHashMap<String, int[]> headerWords = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, int[][]> vagueWords = new ConcurrentHashMap<>();

    TabularWalker(IcdCmRelease release, Vocabulary vocabulary) {
        this.release = release;
        this.vocabulary = vocabulary;
        this.titles = new TitleWords(vocabulary);
        this.levels = new TabularLevels(release, titles);
        this.bothSides = new BothSides(release, levels);
        this.siblings = new SiblingCheck(release, vocabulary, titles, levels, bothSides);
        this.otherParts = new OtherParts(titles, levels);
    }

    /** The left-side codes of bilateral statements (I.B.13). */
    BothSides bothSides() {
        return bothSides;
    }

    TitleWords titles() {
        return titles;
    }

    /** The codes reported after the code their own "code first" note names (I.A.13). */
    Companions companions() {
        return siblings.companions();
    }

    /**
     * Completes the index code (possibly ending in "-") for the statement; empty when it cannot be placed.
     * {@code covered} is what the index path already accounted for: only other words can move the code to a sibling.
     */
    Optional<Result> complete(String indexCode, Statement s, EncodeOptions options, long covered) {
        IcdCmCode c = parseIndexCode(indexCode);
        if (c == null) {
            return Optional.empty();
        }
        Walk w = new Walk();
        List<String> steps = w.steps;
        while (release.entry(c).isEmpty() && c.value().length() > 3) {
            steps.add(c.dotted() + " is not in " + version() + "; nearest existing parent " + c.parent().dotted());
            c = c.parent();
        }
        if (release.entry(c).isEmpty()) {
            return Optional.empty();
        }
        c = siblings.refine(c, s, steps, covered);
        Set<IcdCmCode> visited = new HashSet<>();
        for (int guard = 0; guard < 10; guard++) {
            IcdCmEntry e = release.entry(c).orElseThrow();
            if (e.billable()) {
                IcdCmCode better = visited.add(c) ? siblings.refine(c, s, steps, covered | w.used) : c;
                better = better.equals(c) ? otherParts.refine(c, e, s, covered, steps) : better;
                if (!better.equals(c) && !visited.contains(better)) {
                    c = better;
                    continue;
                }
                steps.add(c.dotted() + " billable: " + e.longTitle());
                return Optional.of(new Result(c, steps, w.questions, w.guidelines, w.used));
            }
            List<IcdCmEntry> kids = levels.subdivisions(c);
            IcdCmCode next = !kids.isEmpty() ? chooseChild(c, e, kids, s, options, w) : seventh(c, e, s, options, w);
            if (next == null) {
                return Optional.empty();
            }
            c = next;
        }
        return Optional.empty();
    }

    /** The index code ("N18.3-", "D63.1") as a code, or null when it is no code at all. */
    private static IcdCmCode parseIndexCode(String indexCode) {
        String raw = indexCode.indexOf('-') < 0 && indexCode.indexOf('.') < 0 ? indexCode.strip()
                : indexCode.replace("-", "").replace(".", "").strip();
        try {
            return IcdCmCode.parse(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String version() {
        return "ICD-10-CM " + release.info().version();
    }

    private IcdCmCode chooseChild(IcdCmCode c, IcdCmEntry parent, List<IcdCmEntry> kids, Statement s,
            EncodeOptions options, Walk w) {
        List<String> steps = w.steps;
        String answer = options.answers().isEmpty() ? null : options.answers().get(c.dotted());
        if (answer != null) {
            for (IcdCmEntry k : kids) {
                if (k.code().dotted().equalsIgnoreCase(answer) || k.code().value().equalsIgnoreCase(answer)) {
                    steps.add(c.dotted() + " header -> " + k.code().dotted() + " (answered)");
                    return k.code();
                }
            }
        }
        TabularLevels.Level level = levels.level(c.value() + "/*", k -> children(parent, kids));
        int[] shared = level.shared();
        int[][] vague = NotePairing.cached(vagueWords, c.value(), k -> UnstatedAxis.words(kids, titles));
        int best = bestChild(level, s, shared, TitleWords.NONE, vague);
        TitleWords.Fit bestFit = levels.fit(level, best, s, TitleWords.NONE);
        if (bestFit.matched() == 0) {
            // The statement names no child's detail. Words a child repeats from its header are then no detail of
            // its own and cost nothing: "Pneumonia due to other Gram-negative bacteria" (index: Proteus) -> J15.69
            // "... other Gram-negative bacteria", the residual child, not J15.61 which names Acinetobacter.
            best = bestChild(level, s, shared, headerWords(c, parent), vague);
            bestFit = levels.fit(level, best, s, TitleWords.NONE);
        }
        int right = bestFit.matched() == 0 || level.unspecified()[best] ? BothSides.rightChild(kids, s) : -1;
        best = right >= 0 ? right : best;
        IcdCmEntry chosen = kids.get(best);
        w.used |= bestFit.mask();
        steps.add(c.dotted() + " is a header (" + parent.longTitle() + ") -> " + chosen.code().dotted() + " "
                + chosen.longTitle() + (right >= 0 ? "; " + BothSides.STEP : "")
                + (release.addedSinceNotes(chosen.code()) && !release.addedSinceNotes(c) ? "; " + c.dotted()
                        + " became a header after the index in use: the child its title fits (I.A.2, I.B.1)" : ""));
        if (right < 0 && bestFit.matched() == 0 && kids.size() > 1) {
            w.questions.add(new OpenQuestion(c.dotted(), level.question(), level.answers(), chosen.code().dotted()));
        }
        return chosen.code();
    }

    /** The header's own title words and "other": free for its children (cached per header). */
    private int[] headerWords(IcdCmCode c, IcdCmEntry parent) {
        return NotePairing.cached(headerWords, c.value(), k -> {
            // "other" marks the residual child itself (Guideline I.A.9.a: other/other specified).
            Set<Integer> words = new HashSet<>(List.of(vocabulary.intern("other")));
            for (int id : titles.of(parent).essential()) {
                words.add(id);
            }
            return TitleWords.sorted(words);
        });
    }

    /** The child that fits best, the "unspecified" one winning near-ties (the classification's default). */
    private int bestChild(TabularLevels.Level level, Statement s, int[] shared, int[] free, int[][] vague) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < level.codes().size(); i++) {
            double score = levels.fit(level, i, s, free).score()
                    + (level.unspecified()[i] ? 0.3 : 0) + UnstatedAxis.refund(vague[i], s, shared, free);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** A header's children with what choosing among them needs, computed once per header. */
    private TabularLevels.Level children(IcdCmEntry parent, List<IcdCmEntry> kids) {
        boolean[] unspecified = new boolean[kids.size()];
        for (int i = 0; i < unspecified.length; i++) {
            unspecified[i] = isUnspecified(kids.get(i));
        }
        List<OpenQuestion.Answer> answers = kids.stream()
                .map(k -> new OpenQuestion.Answer(k.code().dotted(), k.longTitle())).toList();
        String what = laterality(kids) ? "Which side (laterality)?" : "Which one applies?";
        return new TabularLevels.Level(kids, levels.titlesOf(kids), kids.stream().map(levels::texts).toList(),
                levels.shared(kids), unspecified, what + " " + parent.longTitle(), answers);
    }

    private static boolean laterality(List<IcdCmEntry> kids) {
        return kids.stream().anyMatch(k -> SIDE.matcher(k.longTitle().toLowerCase()).matches());
    }

    private static boolean isUnspecified(IcdCmEntry k) {
        return k.longTitle().toLowerCase().contains("unspecified");
    }

    /** Adds the placeholder X up to six characters and the 7th character the statement supports. */
    private IcdCmCode seventh(IcdCmCode c, IcdCmEntry e, Statement s, EncodeOptions options, Walk w) {
        List<SeventhCharacter> chars = levels.seventhCharacters(c);
        if (chars.isEmpty()) {
            return null;
        }
        StringBuilder base = new StringBuilder(c.value());
        while (base.length() < 6) {
            base.append('X');
        }
        if (base.length() > c.value().length()) {
            w.steps.add("placeholder X: " + IcdCmCode.parse(base.toString()).dotted() + " (I.A.4)");
            w.guidelines.add("I.A.4");
        }
        String qid = IcdCmCode.parse(base.toString()).dotted() + "#7";
        String answer = options.answers().get(qid);
        SeventhCharacter chosen = answer == null ? null : chars.stream()
                .filter(ch -> String.valueOf(ch.character()).equalsIgnoreCase(answer)).findFirst().orElse(null);
        if (chosen == null) {
            long own = titles.fit(titles.parse(e.longTitle()), s, TitleWords.NONE, 0).mask();
            chosen = bestSeventh(chars, s, w.used | own);
        }
        w.used |= titles.fit(titles.parse(chosen.meaning()), s, TitleWords.NONE, 0).mask();
        w.guidelines.add("I.A.5");
        if (chosen.meaning().toLowerCase().startsWith("unspecified") && chosen != chars.get(0)) {
            w.guidelines.add("I.B.13");
        }
        IcdCmCode full = IcdCmCode.parse(base.toString() + chosen.character());
        w.steps.add("7th character " + chosen.character() + " (" + chosen.meaning() + ") from the 7th-character table");
        if (answer == null && !encounterStated(s)) {
            w.questions.add(new OpenQuestion(qid, "Which encounter (7th character)?",
                    chars.stream().map(ch -> new OpenQuestion.Answer(String.valueOf(ch.character()), ch.meaning())).toList(),
                    String.valueOf(chosen.character())));
        }
        return release.entry(full).isPresent() ? full : null;
    }

    /**
     * The 7th character whose meaning names most statement words; the first (initial encounter, closed fracture:
     * Guideline I.C.19.c.1) when the statement names none. Words of the code's own title do not count: "Old central
     * retinal vein occlusion" (H34.81-, 2) names no more of "central retinal vein occlusion with macular edema" (0).
     */
    private SeventhCharacter bestSeventh(List<SeventhCharacter> chars, Statement s, long used) {
        // Most statement words named wins; on a tie the earlier character, which is the classification's default
        // (subsequent encounter "with routine healing" D before "with nonunion" K: I.C.19.c.1), unless the tie
        // holds the table's unspecified character ("9 unspecified eye" of E11.329-): a side the statement does not
        // state is the unspecified side, not the first one listed (I.B.13).
        SeventhCharacter chosen = chars.get(0);
        SeventhCharacter unspecified = null;
        int best = 0;
        for (SeventhCharacter ch : chars) {
            TitleWords.Fit f = titles.fit(titles.parse(ch.meaning()), s, TitleWords.NONE, 0);
            // A meaning that says "without" what the statement states names nothing ("without tophus (tophi)" for
            // "gout with tophi": its own parenthesis is no support; I.B.1).
            int fresh = f.conflict() ? 0 : Long.bitCount(f.mask() & ~used);
            if (fresh > best) {
                best = fresh;
                chosen = ch;
                unspecified = null;
            }
            if (fresh == best && ch != chosen && ch.meaning().toLowerCase().startsWith("unspecified")) {
                unspecified = ch;
            }
        }
        return unspecified != null ? unspecified : chosen;
    }

    private static boolean encounterStated(Statement s) {
        return s.has(Words.stem("initial")) || s.has(Words.stem("subsequent")) || s.has(Words.stem("sequela"));
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.OpenQuestion;

/**
 * Verifies an index code in the Tabular List and completes it to a billable code (Guideline I.B.1: never code
 * from the index alone). The code is compared with its siblings' titles (a sibling that names the statement's
 * details better, or a title that says "without" something the statement has, is the coder's cue to move); a
 * header is walked down to the child the statement supports, and when the statement is silent, to the child
 * the classification provides for "unspecified", recording the question a coder would ask. Seventh characters
 * come from the category's 7th-character table, with the placeholder X (I.A.4, I.A.5). Codes added since the
 * index was published are reached this way through their titles.
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

    private final IcdCmRelease release;
    private final Vocabulary vocabulary;
    private final TitleWords titles;
    private final java.util.concurrent.ConcurrentHashMap<String, List<IcdCmEntry>> subdivisions =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, List<SeventhCharacter>> sevenths =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Level> categories =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Set<Integer>> categoryWords =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Level> belowCodes =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Level> addedCodes =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Level> levels =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern SIDE = java.util.regex.Pattern.compile(".*\\b(right|left)\\b.*");

    /**
     * Codes competing at one level of the Tabular List with their titles and inclusion terms looked up once, the
     * words they all share (sorted ids), which of them are "unspecified" codes, and (for a header's children) the
     * question a coder asks about them.
     */
    private record Level(List<IcdCmEntry> codes, TitleWords.Title[] titles, List<List<TitleWords.Title>> texts,
            int[] shared, boolean[] unspecified, String question, List<OpenQuestion.Answer> answers) {
    }

    /** A level without a question. */
    private Level level(List<IcdCmEntry> codes, int[] shared) {
        return new Level(codes, titlesOf(codes), codes.stream().map(this::texts).toList(), shared, null, null, null);
    }

    private TitleWords.Title[] titlesOf(List<IcdCmEntry> codes) {
        return codes.stream().map(titles::of).toArray(TitleWords.Title[]::new);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, int[]> headerWords =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, List<TitleWords.Title>> inclusionTexts =
            new java.util.concurrent.ConcurrentHashMap<>();

    TabularWalker(IcdCmRelease release, Vocabulary vocabulary) {
        this.release = release;
        this.vocabulary = vocabulary;
        this.titles = new TitleWords(vocabulary);
        this.fillerIds = AddedCodes.FILLER.stream().map(vocabulary::intern).collect(java.util.stream.Collectors.toSet());
    }

    private final Set<Integer> fillerIds;

    TitleWords titles() {
        return titles;
    }

    /**
     * Completes the index code (possibly ending in "-") for the statement; empty when it cannot be placed.
     * {@code covered} is what the index path already accounted for: only other words can move the code to a sibling.
     */
    Optional<Result> complete(String indexCode, Statement s, EncodeOptions options, long covered) {
        String raw = indexCode.indexOf('-') < 0 && indexCode.indexOf('.') < 0 ? indexCode.strip()
                : indexCode.replace("-", "").replace(".", "").strip();
        IcdCmCode c;
        try {
            c = IcdCmCode.parse(raw);
        } catch (IllegalArgumentException e) {
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
        c = refine(c, s, steps, covered);
        Set<IcdCmCode> visited = new HashSet<>();
        for (int guard = 0; guard < 10; guard++) {
            IcdCmEntry e = release.entry(c).orElseThrow();
            if (e.billable()) {
                IcdCmCode better = visited.add(c) ? refine(c, s, steps, covered | w.used) : c;
                if (!better.equals(c) && !visited.contains(better)) {
                    c = better;
                    continue;
                }
                steps.add(c.dotted() + " billable: " + e.longTitle());
                return Optional.of(new Result(c, steps, w.questions, w.guidelines, w.used));
            }
            List<IcdCmEntry> kids = subdivisions(c);
            IcdCmCode next = !kids.isEmpty() ? chooseChild(c, e, kids, s, options, w) : seventh(c, s, options, w);
            if (next == null) {
                return Optional.empty();
            }
            c = next;
        }
        return Optional.empty();
    }

    private String version() {
        return "ICD-10-CM " + release.info().version();
    }

    /** Children that subdivide the code (not its 7th-character extensions), cached per code. */
    private List<IcdCmEntry> subdivisions(IcdCmCode c) {
        return NotePairing.cached(subdivisions, c.value(), k -> {
            List<IcdCmEntry> kids = release.children(c);
            if (seventhCharacters(c).isEmpty()) {
                return kids;
            }
            return kids.stream().filter(e -> e.code().value().length() < 7).toList();
        });
    }

    private List<SeventhCharacter> seventhCharacters(IcdCmCode c) {
        return NotePairing.cached(sevenths, c.value(), k -> release.seventhCharacters(c));
    }

    /**
     * Tabular verification against the siblings: moves to a sibling whose title fits the statement better
     * (names at least as many of its words and scores higher), e.g. the index's K35.31 "... without perforation"
     * when the statement says perforation, or F33.9 "recurrent, unspecified" when it says "recurrent, moderate".
     */
    private IcdCmCode refine(IcdCmCode c, Statement s, List<String> steps, long covered) {
        if (c.value().length() <= 3 || c.value().length() == 7 && !seventhCharacters(c).isEmpty()) {
            return c;
        }
        IcdCmCode parent = c.parent();
        while (release.entry(parent).isEmpty() && parent.value().length() > 3) {
            parent = parent.parent();
        }
        IcdCmCode p = parent;
        Level level = NotePairing.cached(levels, parent.value() + "/" + c.value().length(), k -> {
            List<IcdCmEntry> same = subdivisions(p).stream()
                    .filter(e -> e.code().value().length() == c.value().length()).toList();
            return level(same, shared(same));
        });
        List<IcdCmEntry> siblings = level.codes();
        if (siblings.size() < 2) {
            return c;
        }
        int[] shared = level.shared();
        IcdCmEntry self = release.entry(c).orElseThrow();
        TitleWords.Fit own = fit(texts(self), s, shared);
        IcdCmEntry best = self;
        TitleWords.Fit bestFit = own;
        for (int i = 0; i < siblings.size(); i++) {
            IcdCmEntry k = siblings.get(i);
            TitleWords.Fit f = fit(level.texts().get(i), s, shared);
            boolean names = (f.mask() & ~covered & ~own.mask()) != 0 && f.matched() >= own.matched();
            boolean resolves = own.conflict() && !f.conflict();
            if ((names || resolves) && !f.conflict() && f.score() > bestFit.score() + 0.25) {
                best = k;
                bestFit = f;
            }
        }
        if (best != self) {
            steps.add("tabular check: " + c.dotted() + " (" + self.longTitle() + ") -> sibling " + best.code().dotted()
                    + " fits the statement better: " + best.longTitle());
            return best.code();
        }
        IcdCmCode added = added(c, self, s, steps);
        return added != null ? added : deeper(c, self, s, steps, covered);
    }

    /**
     * A code of the category added since the index was published (the FY2023 index cannot point to R10.A- "Flank
     * pain", new in FY2024: its "Pain, flank" still leads to R10.9) whose title the statement supports entirely and
     * which names a statement word the index code's title does not: the coder's check of the current Tabular List
     * (Guideline I.B.1; the FY2026 long titles are the authority). Words the index path covered count here, since
     * the index could not know the new code. Null when there is none.
     */
    private IcdCmCode added(IcdCmCode c, IcdCmEntry self, Statement s, List<String> steps) {
        Level fresh = NotePairing.cached(addedCodes, c.category().value(), k -> {
            List<IcdCmEntry> all = new ArrayList<>();
            collect(c.category(), all);
            return level(all.stream().filter(e -> release.addedSinceNotes(e.code())).toList(), TitleWords.NONE);
        });
        if (fresh.codes().isEmpty() || release.addedSinceNotes(c)) {
            return null;
        }
        TitleWords.Fit own = titles.fit(titles.of(self), s, TitleWords.NONE, 0);
        IcdCmEntry best = null;
        int bestMatched = 0;
        for (int i = 0; i < fresh.codes().size(); i++) {
            TitleWords.Title t = fresh.titles()[i];
            TitleWords.Fit f = titles.fit(t, s, TitleWords.NONE, 0);
            boolean supported = f.essentialMatched() + ignorable(t) == t.essential().length && !f.conflict();
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
     * When no sibling helps, a code anywhere in the category that names a detail of the statement the index path
     * did not reach (the FY2023 index has no "Sepsis, Pseudomonas"; the Tabular has A41.52): the coder's scan of
     * the category in the Tabular List. Laterality and encounter words do not count as such details.
     */
    private IcdCmCode deeper(IcdCmCode c, IcdCmEntry self, Statement s, List<String> steps, long covered) {
        long fresh = 0;
        for (int i = 0; i < s.stems.length; i++) {
            if ((covered & (1L << i)) == 0 && !CONTEXT_WORDS.contains(s.stems[i]) && !s.stems[i].startsWith("~")) {
                fresh |= 1L << i;
            }
        }
        if (fresh == 0) {
            return c;
        }
        Level category = NotePairing.cached(categories, c.category().value(), k -> {
            List<IcdCmEntry> out = new ArrayList<>();
            collect(c.category(), out);
            return level(List.copyOf(out), TitleWords.NONE);
        });
        List<IcdCmEntry> all = category.codes();
        if (!mentions(c.category().value(), all, s, fresh) || !self.billable() && below(c, s, fresh)) {
            return c;
        }
        TitleWords.Fit own = fit(texts(self), s, TitleWords.NONE, TitleWords.NONE, covered);
        IcdCmEntry best = null;
        double bestScore = own.score() + 0.25;
        for (int i = 0; i < all.size(); i++) {
            IcdCmEntry k = all.get(i);
            TitleWords.Fit f = titles.fit(category.titles()[i], s, TitleWords.NONE, covered);
            if ((f.mask() & fresh) != 0 && !f.conflict() && f.score() > bestScore) {
                best = k;
                bestScore = f.score();
            }
        }
        if (best == null || best.code().equals(c)) {
            return c;
        }
        steps.add("tabular check: " + c.dotted() + " (" + self.longTitle() + ") -> " + best.code().dotted()
                + " in the same category names the statement's detail: " + best.longTitle());
        return best.code();
    }

    /**
     * The best fit of the code's title or one of its own inclusion terms (Guideline I.A.11: inclusion terms are
     * conditions for which the code is to be used, e.g. D50.8 "Iron deficiency anemia due to inadequate dietary
     * iron intake"). Pointers such as "Conditions classifiable to C15-C26" are not wordings and are left out.
     */
    private TitleWords.Fit fit(List<TitleWords.Title> texts, Statement s, int[] shared) {
        return fit(texts, s, shared, TitleWords.NONE, 0);
    }

    /** As {@link #fit(List, Statement, int[])}; {@code free} words cost nothing when the statement lacks them. */
    private TitleWords.Fit fit(List<TitleWords.Title> texts, Statement s, int[] shared, int[] free, long covered) {
        TitleWords.Fit best = null;
        for (TitleWords.Title t : texts) {
            TitleWords.Fit f = titles.fit(t, s, shared, free, covered);
            if (best == null || f.score() > best.score()) {
                best = f;
            }
        }
        return best;
    }

    /** The code's title and its own inclusion terms as word lists, cached per code. */
    private List<TitleWords.Title> texts(IcdCmEntry e) {
        return NotePairing.cached(inclusionTexts, e.code().value(), k -> {
            List<TitleWords.Title> out = new ArrayList<>();
            out.add(titles.of(e));
            for (var n : release.notes(e.code())) {
                String text = n.note().text();
                if (n.note().kind() == org.medcoder.codesets.NoteKind.INCLUSION_TERM && n.isOwn(e.code().dotted())
                        && !text.toLowerCase(java.util.Locale.ROOT).contains("classifiable")) {
                    out.add(titles.parse(text));
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * Whether a code below the header names one of the fresh words: the coder then goes down from the index code
     * ("Leukemia, acute myeloid" C92.0- "in relapse" is C92.02, not C92.92 elsewhere in the category).
     */
    private boolean below(IcdCmCode header, Statement s, long fresh) {
        Level level = NotePairing.cached(belowCodes, header.value(), k -> {
            List<IcdCmEntry> out = new ArrayList<>();
            collect(header, out);
            return level(List.copyOf(out), TitleWords.NONE);
        });
        for (TitleWords.Title t : level.titles()) {
            if ((titles.fit(t, s, TitleWords.NONE, 0).mask() & fresh) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many of the title's essential words need not be in the statement: negated ones ("without coma", satisfied
     * when the statement is silent) and filler words such as "side" ({@link AddedCodes#FILLER}).
     */
    private int ignorable(TitleWords.Title t) {
        int n = 0;
        for (int id : t.essential()) {
            n += vocabulary.isNegated(id) || fillerIds.contains(id) ? 1 : 0;
        }
        return n;
    }

    /** Whether any title in the category has one of the fresh statement words (category word sets cached). */
    private boolean mentions(String category, List<IcdCmEntry> all, Statement s, long fresh) {
        Set<Integer> words = NotePairing.cached(categoryWords, category, k -> {
            Set<Integer> w = new HashSet<>();
            for (IcdCmEntry e : all) {
                for (int id : titles.of(e).essential()) {
                    w.add(id);
                }
                for (int id : titles.of(e).supplementary()) {
                    w.add(id);
                }
            }
            return w;
        });
        for (int i = 0; i < s.ids.length; i++) {
            if ((fresh & (1L << i)) != 0 && words.contains(s.ids[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONTEXT_WORDS = Set.of(Words.stem("right"), Words.stem("left"),
            Words.stem("bilateral"), Words.stem("initial"), Words.stem("subsequent"), Words.stem("encounter"),
            Words.stem("sequela"), Words.stem("acute"), Words.stem("chronic"));

    /** The category's entries (not 7th-character extensions), at most a few hundred. */
    private void collect(IcdCmCode code, List<IcdCmEntry> out) {
        for (IcdCmEntry k : subdivisions(code)) {
            if (out.size() >= 400) {
                return;
            }
            out.add(k);
            collect(k.code(), out);
        }
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
        Level level = NotePairing.cached(levels, c.value() + "/*", k -> children(parent, kids));
        int[] shared = level.shared();
        int best = bestChild(level, s, shared, TitleWords.NONE);
        TitleWords.Fit bestFit = fit(level.texts().get(best), s, shared);
        if (bestFit.matched() == 0) {
            // The statement names no child's detail. Words a child repeats from its header are then no detail of
            // its own and cost nothing: "Pneumonia due to other Gram-negative bacteria" (index: Proteus) -> J15.69
            // "... other Gram-negative bacteria", the residual child, not J15.61 which names Acinetobacter.
            int[] free = NotePairing.cached(headerWords, c.value(), k -> {
                // "other" marks the residual child itself (Guideline I.A.9.a: other/other specified).
                Set<Integer> words = new HashSet<>(List.of(vocabulary.intern("other")));
                for (int id : titles.of(parent).essential()) {
                    words.add(id);
                }
                return TitleWords.sorted(words);
            });
            best = bestChild(level, s, shared, free);
            bestFit = fit(level.texts().get(best), s, shared);
        }
        IcdCmEntry chosen = kids.get(best);
        w.used |= bestFit.mask();
        int bestMatched = bestFit.matched();
        steps.add(c.dotted() + " is a header (" + parent.longTitle() + ") -> " + chosen.code().dotted() + " "
                + chosen.longTitle());
        if (bestMatched == 0 && kids.size() > 1) {
            w.questions.add(new OpenQuestion(c.dotted(), level.question(), level.answers(), chosen.code().dotted()));
        }
        return chosen.code();
    }

    /** The child that fits best, the "unspecified" one winning near-ties (the classification's default). */
    private int bestChild(Level level, Statement s, int[] shared, int[] free) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < level.codes().size(); i++) {
            double score = fit(level.texts().get(i), s, shared, free, 0).score() + (level.unspecified()[i] ? 0.3 : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** A header's children with what choosing among them needs, computed once per header. */
    private Level children(IcdCmEntry parent, List<IcdCmEntry> kids) {
        boolean[] unspecified = new boolean[kids.size()];
        for (int i = 0; i < unspecified.length; i++) {
            unspecified[i] = isUnspecified(kids.get(i));
        }
        List<OpenQuestion.Answer> answers = kids.stream()
                .map(k -> new OpenQuestion.Answer(k.code().dotted(), k.longTitle())).toList();
        String what = laterality(kids) ? "Which side (laterality)?" : "Which one applies?";
        return new Level(kids, titlesOf(kids), kids.stream().map(this::texts).toList(), shared(kids), unspecified,
                what + " " + parent.longTitle(), answers);
    }

    private static boolean laterality(List<IcdCmEntry> kids) {
        return kids.stream().anyMatch(k -> SIDE.matcher(k.longTitle().toLowerCase()).matches());
    }

    /** Words every candidate shares: they cannot decide between them. */
    private int[] shared(List<IcdCmEntry> kids) {
        Set<Integer> common = null;
        for (IcdCmEntry k : kids) {
            Set<Integer> w = new HashSet<>();
            for (int id : titles.of(k).essential()) {
                w.add(id);
            }
            for (int id : titles.of(k).supplementary()) {
                w.add(id);
            }
            if (common == null) {
                common = w;
            } else {
                common.retainAll(w);
            }
        }
        return common == null ? TitleWords.NONE : TitleWords.sorted(common);
    }

    private static boolean isUnspecified(IcdCmEntry k) {
        return k.longTitle().toLowerCase().contains("unspecified");
    }

    /** Adds the placeholder X up to six characters and the 7th character the statement supports. */
    private IcdCmCode seventh(IcdCmCode c, Statement s, EncodeOptions options, Walk w) {
        List<String> steps = w.steps;
        List<OpenQuestion> questions = w.questions;
        Set<String> guidelines = w.guidelines;
        List<SeventhCharacter> chars = seventhCharacters(c);
        if (chars.isEmpty()) {
            return null;
        }
        StringBuilder base = new StringBuilder(c.value());
        while (base.length() < 6) {
            base.append('X');
        }
        if (base.length() > c.value().length()) {
            steps.add("placeholder X: " + IcdCmCode.parse(base.toString()).dotted() + " (I.A.4)");
            guidelines.add("I.A.4");
        }
        String qid = IcdCmCode.parse(base.toString()).dotted() + "#7";
        String answer = options.answers().get(qid);
        SeventhCharacter chosen = answer == null ? null : chars.stream()
                .filter(ch -> String.valueOf(ch.character()).equalsIgnoreCase(answer)).findFirst().orElse(null);
        if (chosen == null) {
            chosen = bestSeventh(chars, s);
        }
        w.used |= titles.fit(titles.parse(chosen.meaning()), s, TitleWords.NONE, 0).mask();
        guidelines.add("I.A.5");
        IcdCmCode full = IcdCmCode.parse(base.toString() + chosen.character());
        steps.add("7th character " + chosen.character() + " (" + chosen.meaning() + ") from the 7th-character table");
        if (answer == null && !encounterStated(s)) {
            questions.add(new OpenQuestion(qid, "Which encounter (7th character)?",
                    chars.stream().map(ch -> new OpenQuestion.Answer(String.valueOf(ch.character()), ch.meaning())).toList(),
                    String.valueOf(chosen.character())));
        }
        return release.entry(full).isPresent() ? full : null;
    }

    /**
     * The 7th character whose meaning names most statement words; the first (initial encounter, closed fracture:
     * Guideline I.C.19.c.1) when the statement names none.
     */
    private SeventhCharacter bestSeventh(List<SeventhCharacter> chars, Statement s) {
        // Most statement words named wins; on a tie the earlier character, which is the classification's default
        // (subsequent encounter "with routine healing" D before "with nonunion" K: I.C.19.c.1).
        SeventhCharacter chosen = chars.get(0);
        int best = 0;
        for (SeventhCharacter ch : chars) {
            TitleWords.Fit f = titles.fit(titles.parse(ch.meaning()), s, TitleWords.NONE, 0);
            if (f.matched() > best) {
                best = f.matched();
                chosen = ch;
            }
        }
        return chosen;
    }

    private static boolean encounterStated(Statement s) {
        return s.has(Words.stem("initial")) || s.has(Words.stem("subsequent")) || s.has(Words.stem("sequela"));
    }
}

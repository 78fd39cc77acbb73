package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * The Tabular List of one release as the walk reads it: a code's subdivisions and 7th characters, the codes
 * competing at one level with their titles and inclusion terms as word lists, and how well those fit a statement.
 * Everything is computed once per code and cached (thread-safe).
 */
final class TabularLevels {

    /**
     * Codes competing at one level of the Tabular List with their titles and inclusion terms looked up once, the
     * words they all share (sorted ids), which of them are "unspecified" codes, and (for a header's children) the
     * question a coder asks about them.
     */
    record Level(List<IcdCmEntry> codes, TitleWords.Title[] titles, List<List<TitleWords.Title>> texts,
            int[] shared, boolean[] unspecified, String question, List<OpenQuestion.Answer> answers, long[] filters,
            List<List<TitleWords.Title>> unshared) {

        /**
         * A level; {@code filters[i]} is the union of the word filters of code i's texts: a statement whose
         * {@link Statement#bloom} misses it names none of their words, so no fit of the code matches a word.
         * {@code unshared} are the texts without the shared words ({@link TitleWords.Title#without}), made once
         * per level so that a fit need not look each title word up among them (hot path).
         */
        Level(List<IcdCmEntry> codes, TitleWords.Title[] titles, List<List<TitleWords.Title>> texts, int[] shared,
                boolean[] unspecified, String question, List<OpenQuestion.Answer> answers) {
            this(codes, titles, texts, shared, unspecified, question, answers, filters(texts),
                    texts.stream().map(ts -> ts.stream().map(t -> t.without(shared)).toList()).toList());
        }

        private static long[] filters(List<List<TitleWords.Title>> texts) {
            long[] out = new long[texts.size()];
            for (int i = 0; i < out.length; i++) {
                for (TitleWords.Title t : texts.get(i)) {
                    out[i] |= t.filter();
                }
            }
            return out;
        }

        /** Whether the statement may name a word of code i's title or inclusion terms (false: it names none). */
        boolean mayName(int i, Statement s) {
            return (filters[i] & s.bloom()) != 0;
        }
    }

    private final IcdCmRelease release;
    private final TitleWords titles;
    private final ConcurrentHashMap<String, List<IcdCmEntry>> subdivisions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<SeventhCharacter>> sevenths = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Level> levels = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<TitleWords.Title>> inclusionTexts = new ConcurrentHashMap<>();

    TabularLevels(IcdCmRelease release, TitleWords titles) {
        this.release = release;
        this.titles = titles;
    }

    /** The level cached under {@code key}, computed by {@code compute} the first time. */
    Level level(String key, java.util.function.Function<String, Level> compute) {
        return NotePairing.cached(levels, key, compute);
    }

    /** A level without a question. */
    Level level(List<IcdCmEntry> codes, int[] shared) {
        return new Level(codes, titlesOf(codes), codes.stream().map(this::texts).toList(), shared, null, null, null);
    }

    TitleWords.Title[] titlesOf(List<IcdCmEntry> codes) {
        return codes.stream().map(titles::of).toArray(TitleWords.Title[]::new);
    }

    /** Children that subdivide the code (not its 7th-character extensions), cached per code. */
    List<IcdCmEntry> subdivisions(IcdCmCode c) {
        return NotePairing.cached(subdivisions, c.value(), k -> {
            List<IcdCmEntry> kids = release.children(c);
            if (seventhCharacters(c).isEmpty()) {
                return kids;
            }
            return kids.stream().filter(e -> e.code().value().length() < 7).toList();
        });
    }

    List<SeventhCharacter> seventhCharacters(IcdCmCode c) {
        return NotePairing.cached(sevenths, c.value(), k -> release.seventhCharacters(c));
    }

    /**
     * The best fit of the code's title or one of its own inclusion terms (Guideline I.A.11: inclusion terms are
     * conditions for which the code is to be used, e.g. D50.8 "Iron deficiency anemia due to inadequate dietary
     * iron intake"). Pointers such as "Conditions classifiable to C15-C26" are not wordings and are left out.
     */
    TitleWords.Fit fit(List<TitleWords.Title> texts, Statement s, int[] shared) {
        return fit(texts, s, shared, TitleWords.NONE, 0);
    }

    /** As {@link #fit(List, Statement, int[])}; {@code free} words cost nothing when the statement lacks them. */
    TitleWords.Fit fit(List<TitleWords.Title> texts, Statement s, int[] shared, int[] free, long covered) {
        TitleWords.Fit best = null;
        for (TitleWords.Title t : texts) {
            if (best != null && t.max() <= best.score()) {
                continue; // cannot score higher: each word adds at most 1 (essential) or 0.5 (supplementary)
            }
            TitleWords.Fit f = titles.fit(t, s, shared, free, covered);
            if (best == null || f.score() > best.score()) {
                best = f;
            }
        }
        return best;
    }

    /** The fit of the level's code {@code i}, its shared words ignored, as {@link #fit(List, Statement, int[])}. */
    TitleWords.Fit fit(Level level, int i, Statement s, int[] free) {
        return fit(level.unshared().get(i), s, TitleWords.NONE, free, 0);
    }

    /** The code's title and its own inclusion terms as word lists, cached per code. */
    List<TitleWords.Title> texts(IcdCmEntry e) {
        return NotePairing.cached(inclusionTexts, e.code().value(), k -> {
            List<TitleWords.Title> out = new ArrayList<>();
            out.add(titles.of(e));
            for (var n : release.notes(e.code())) {
                String text = n.note().text();
                if (n.note().kind() == NoteKind.INCLUSION_TERM && n.isOwn(e.code().dotted())
                        && !text.toLowerCase(java.util.Locale.ROOT).contains("classifiable")) {
                    out.add(titles.parse(text));
                }
            }
            return List.copyOf(out);
        });
    }

    /** Words every candidate shares: they cannot decide between them. */
    int[] shared(List<IcdCmEntry> kids) {
        Set<Integer> common = null;
        for (IcdCmEntry k : kids) {
            Set<Integer> w = words(k);
            if (common == null) {
                common = w;
            } else {
                common.retainAll(w);
            }
        }
        return common == null ? TitleWords.NONE : TitleWords.sorted(common);
    }

    /** The essential and supplementary word ids of the code's title. */
    Set<Integer> words(IcdCmEntry e) {
        Set<Integer> w = new HashSet<>();
        for (int id : titles.of(e).essential()) {
            w.add(id);
        }
        for (int id : titles.of(e).supplementary()) {
            w.add(id);
        }
        return w;
    }

    /** The category's entries (not 7th-character extensions), at most a few hundred. */
    void collect(IcdCmCode code, List<IcdCmEntry> out) {
        for (IcdCmEntry k : subdivisions(code)) {
            if (out.size() >= 400) {
                return;
            }
            out.add(k);
            collect(k.code(), out);
        }
    }
}

package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;

/**
 * Applies "use additional code" and "code first" notes (Guideline I.A.13, I.A.17): when the statement supplies
 * the detail a note asks for (the CKD stage for E11.22, the organism for N39.0, the underlying CKD for D63.1),
 * the paired code is chosen among the codes the note names, by their titles and inclusion terms.
 *
 * <p>A note fires when one of its phrases is in the statement ({@link NotePhrases}), or when a code in the note's
 * range names statement words the main code left unexplained (the organism of N39.0).
 */
final class NotePairing {

    /**
     * A pairing note of a code: its phrases ({@link NotePhrases#of}), its ranges widened ({@link #widened}) and their
     * word postings.
     */
    private record Pairing(AppliedNote note, int[][] fragments, List<CodeRange> ranges, List<WordPostings> postings,
            String lowerText) {
    }

    /**
     * A code's pairing notes, the sorted essential words of its own title, and the positions {@code [ownFrom, ownTo)}
     * of its category's billable codes, built once per code (hot path).
     */
    private record CodeNotes(int[] own, List<Pairing> pairings, int ownFrom, int ownTo) {
    }

    /** A paired code: before the main code ("code first") or after it ("use additional code"). */
    record Pair(IcdCmCode code, boolean first, AppliedNote note) {
    }

    private static final int[] NO_WORDS = {};

    private final IcdCmRelease release;
    private final TitleWords titles;
    private final IcdCmEntry[] billable;
    private final String[] billableCodes;
    private final boolean[] unspecified;
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<TitleWords.Title>> textsAt;
    private final ConcurrentHashMap<String, List<TitleWords.Title>> inclusions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<CodeRange, WordPostings> rangeIndex = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CodeNotes> notes = new ConcurrentHashMap<>();
    /** {@link #categoryWords} by category, built once per category. */
    private final ConcurrentHashMap<String, List<String>> categoryWords = new ConcurrentHashMap<>();
    private final NotePhrases phrases;

    NotePairing(IcdCmRelease release, Vocabulary vocabulary, TitleWords titles) {
        this.release = release;
        this.phrases = new NotePhrases(vocabulary);
        this.titles = titles;
        this.billable = release.entries().stream().filter(IcdCmEntry::billable)
                .sorted((a, b) -> a.code().compareTo(b.code())).toArray(IcdCmEntry[]::new);
        this.billableCodes = Arrays.stream(billable).map(e -> e.code().value()).toArray(String[]::new);
        this.unspecified = new boolean[billable.length];
        this.textsAt = new java.util.concurrent.atomic.AtomicReferenceArray<>(billable.length);
        for (int i = 0; i < billable.length; i++) {
            // "Uncomplicated" is the default of its subcategory as "unspecified" is of its own: "Alcohol dependence,
            // uncomplicated" (F10.20) when the statement names no complication, not "... with intoxication,
            // unspecified" (F10.229), which states an unstated intoxication (I.A.9, I.C.5.b).
            String title = billable[i].longTitle().toLowerCase(java.util.Locale.ROOT);
            unspecified[i] = title.contains("unspecified") || title.endsWith(", uncomplicated");
        }
    }

    /** Paired codes for {@code code}, given the statement and the words the main code accounted for. */
    List<Pair> pairs(IcdCmCode code, Statement s, long covered) {
        return pairs(code, s, covered, false);
    }

    /**
     * As {@link #pairs(IcdCmCode, Statement, long)}; {@code ownOnly}: only the notes written on the code or its
     * subcategory (a paired code's own notes, e.g. N18.6 "use additional code to identify dialysis status").
     */
    List<Pair> pairs(IcdCmCode code, Statement s, long covered, boolean ownOnly) {
        List<Pair> out = new ArrayList<>();
        CodeNotes codeNotes = cached(notes, code.value(), k -> codeNotes(code));
        int[] own = codeNotes.own();
        Set<String> firstStated = new HashSet<>();
        Set<String> firstGuessed = new HashSet<>();
        for (Pairing pn : codeNotes.pairings()) {
            AppliedNote an = pn.note();
            if (ownOnly && !(an.level().equals("code") || an.level().equals("subcategory"))) {
                continue;
            }
            NoteKind k = an.note().kind();
            boolean first = k == NoteKind.CODE_FIRST;
            boolean triggered = NotePhrases.triggered(pn.fragments(), s, own);
            IcdCmEntry named = triggered ? namedCode(an, code) : null;
            IcdCmEntry best = named != null ? named : bestInRanges(pn, codeNotes, code, s, covered, triggered, first);
            if (best == null || out.stream().anyMatch(p -> p.code().equals(best.code()))) {
                continue;
            }
            if (first && !triggered && (firstStated.contains(an.at()) || !firstGuessed.add(an.at()))) {
                continue;
            }
            if (first && triggered && firstStated.add(an.at())) {
                out.removeIf(p -> p.first() && p.note().at().equals(an.at()) && !firstStated(p, s, own));
            }
            out.add(new Pair(best.code(), first, an));
        }
        return out;
    }

    /**
     * Whether a paired "code first" code came from a phrase the statement states. The items of one "code first"
     * list are alternative underlying conditions (I.A.13: the etiology is coded first): once the statement states
     * one ("heart failure due to hypertension": I11.0 before I50.32), the others, chosen only by title words
     * ("... with chronic kidney disease" I13.10, "following surgery" I97.-, "rheumatic" I09.-), do not apply; and
     * without a stated one at most one is guessed from titles.
     */
    private boolean firstStated(Pair p, Statement s, int[] own) {
        return NotePhrases.triggered(phrases.of(p.note().note().text(), true), s, own);
    }

    /**
     * The one billable code a note names for the phrase the statement supplies ("nocturia (R35.1)", "urinary
     * frequency (R35.0)" in N40.1's list of associated symptoms: each phrase gives its own code, I.A.13), or null
     * when the note names a range or several codes (then the best of them is chosen by title).
     */
    private IcdCmEntry namedCode(AppliedNote an, IcdCmCode source) {
        List<CodeRange> refs = an.note().references();
        if (refs.size() != 1 || !refs.get(0).first().equals(refs.get(0).last())
                || refs.get(0).first().category().equals(source.category())) {
            return null;
        }
        return release.entry(refs.get(0).first()).filter(IcdCmEntry::billable).orElse(null);
    }

    private CodeNotes codeNotes(IcdCmCode code) {
        String category = code.value().substring(0, 3);
        return new CodeNotes(ownWords(code), pairingNotes(code), lowerBound(category),
                lowerBound(category + Character.MAX_VALUE));
    }

    /** The code's "use additional code" and "code first" notes that name codes. */
    private List<Pairing> pairingNotes(IcdCmCode code) {
        return release.notes(code).stream()
                .filter(an -> (an.note().kind() == NoteKind.USE_ADDITIONAL_CODE || an.note().kind() == NoteKind.CODE_FIRST)
                        && !an.note().references().isEmpty())
                .map(an -> {
                    List<CodeRange> ranges = widened(an.note().references());
                    int[][] said = phrases.of(an.note().text(), an.note().kind() == NoteKind.CODE_FIRST);
                    return new Pairing(an, said, ranges, ranges.stream().map(this::postings).toList(),
                            an.note().text().toLowerCase(java.util.Locale.ROOT));
                })
                .toList();
    }

    /** The essential words of the code's own title, sorted. */
    private int[] ownWords(IcdCmCode code) {
        int[] own = release.entry(code).map(e -> titles.of(e).essential().clone()).orElse(new int[0]);
        Arrays.sort(own);
        return own;
    }

    private IcdCmEntry bestInRanges(Pairing pn, CodeNotes codeNotes, IcdCmCode source, Statement s, long covered,
            boolean triggered, boolean codeFirst) {
        IcdCmEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        TitleWords.Title bestTitle = null;
        boolean bestFirstText = false;
        long bestMask = 0;
        boolean bestComplete = false;
        boolean bestOnPath = false;
        // The source's own category: the billable codes starting with it are one run of the sorted codes (hot path).
        int ownFrom = codeNotes.ownFrom();
        int ownTo = codeNotes.ownTo();
        long stated = s.size() >= 64 ? -1L : (1L << s.size()) - 1;
        boolean chapter21First = codeFirst && source.value().charAt(0) == 'Z';
        for (WordPostings postings : pn.postings()) {
            for (int i : candidates(postings, s)) {
                if (i >= ownFrom && i < ownTo) {
                    continue;
                }
                for (TitleWords.Title t : texts(i)) {
                    if ((t.filter() & s.bloom()) == 0) {
                        continue; // names no statement word: matched 0, never the best (hot path)
                    }
                    TitleWords.Fit f = titles.fit(t, s, TitleWords.NONE, covered);
                    double score = f.score() + (unspecified[i] ? 0.3 : 0)
                            + (!unspecified[i] && f.essentialMatched() >= t.essential().length && named(pn, billable[i]) ? 1 : 0);
                    // A word only implied (SiteAliases: "unilateral" for one stated side) names no detail.
                    if (f.matched() > 0 && (f.mask() & stated) != 0 && score > bestScore) {
                        best = billable[i];
                        bestScore = score;
                        bestTitle = t;
                        bestFirstText = t == texts(i).get(0);
                        bestMask = f.mask();
                        bestComplete = f.essentialMatched() >= t.essential().length;
                        bestOnPath = bestComplete && (f.mask() & stated & ~covered) == 0;
                    }
                }
            }
        }
        if (best == null) {
            return null;
        }
        // A "code first" condition the index path itself went through ("Anemia, in, end stage renal disease" D63.1,
        // whose note says "code first underlying chronic kidney disease (N18.-)") is still coded, first: the
        // subterm names the etiology, the note asks for its code (I.A.13, I.C.14.a).
        // Not for a chapter 21 source (Z15.0 "code first, if applicable, any current malignant neoplasm"): the condition
        // its path names is what the patient is susceptible to or had, not a current one (I.C.21.c.3, I.C.21.c.4).
        boolean onPath = source.value().charAt(0) != 'Z' && (codeFirst ? bestOnPath : bestComplete);
        // A code outside the note's own references, reached only through the widening to the category, names a
        // condition the note does not ask for unless the note names the category's own subject ("outcome of delivery
        // (Z37.0)": Z37 "Outcome of delivery", so Z37.2 for twins): it is taken only when the statement documents the
        // note's own condition (I.A.13 "use additional code ... if applicable"; I.B.1). "Exposure to tobacco smoke
        // in the perinatal period (P96.81)" adds nothing to "bronchiolitis in a newborn", least of all P96.0
        // "Congenital renal failure" by its inclusion term "uremia of newborn"; "tobacco use (Z72.0)" never gives
        // Z72.810. A drug note's code (T36-T50) is replaced by the Table of Drugs and Chemicals' code anyway
        // ({@link PairedCodes}; I.C.19.e.5.a).
        // (Only asked when it decides: it is a pure function of the note and the code.)
        if (triggered) {
            return best;
        }
        // The condition a status or encounter code's "code first" note guesses needs a fresh word of the title's own
        // condition, its lead term, not only of an axis: "8 weeks gestation" (Z3A.08, the trimester implied by the
        // weeks) documents no "Multiple gestation, unspecified, first trimester" (I.A.13; I.C.21: only what the
        // statement documents). (Asked of the best text only, when it decides: a pure function of it.)
        boolean bestFresh = !onPath && fresh(chapter21First && bestFirstText ? leadTerm(best) : bestTitle, s, covered,
                codeFirst ? codeNotes.own() : NO_WORDS) && Long.bitCount(bestMask & stated) * 2 >= bestTitle.essential().length;
        return (bestFresh || onPath) && referenced(pn, best.code()) ? best : null;
    }

    private boolean referenced(Pairing pn, IcdCmCode best) {
        String code = best.value();
        return CodeAdditions.adverseEffect(best) || namesCategory(pn, best)
                || pn.note().note().references().stream().anyMatch(r -> inRange(r, code));
    }

    /** Whether the note's text says every word of the title of the code's category ("outcome of delivery", Z37). */
    private boolean namesCategory(Pairing pn, IcdCmCode code) {
        List<String> words = cached(categoryWords, code.category().value(), k -> categoryWords(code.category()));
        return !words.isEmpty() && words.stream().allMatch(pn.lowerText()::contains);
    }

    /** The words of the category's title outside parentheses, of three letters or more, less and/the/for/with. */
    private List<String> categoryWords(IcdCmCode category) {
        String title = release.entry(category).map(IcdCmEntry::longTitle).orElse("")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
        return Arrays.stream(title.split("[^a-z]+")).filter(w -> w.length() > 2 && !w.equals("and")
                && !w.equals("the") && !w.equals("for") && !w.equals("with")).toList();
    }

    /**
     * Whether the note names the code itself ("stage of chronic kidney disease (N18.5, N18.6)"): a code the note
     * names whose whole title the statement states ("ESRD": N18.6 "End stage renal disease") is the one the note
     * means, before a code of its category the widening let in by a shared word (N18.30; I.A.13).
     */
    private static boolean named(Pairing pn, IcdCmEntry e) {
        for (CodeRange r : pn.note().note().references()) {
            if (r.first().equals(e.code()) && r.last().equals(e.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Positions (in tabular order) of the range's billable codes whose title or inclusion terms have a word of the
     * statement: only those can name a detail. The range's word index is built once per range (hot path).
     */
    private int[] candidates(WordPostings postings, Statement s) {
        int[][] lists = new int[s.ids.length][];
        int total = 0;
        int[] only = null;
        int found = 0;
        for (int w = 0; w < s.ids.length; w++) {
            lists[w] = postings.get(s.ids[w]);
            total += lists[w] == null ? 0 : lists[w].length;
            only = lists[w] == null ? only : lists[w];
            found += lists[w] == null ? 0 : 1;
        }
        if (found <= 1) {
            // None or one word's postings: already the sorted union (hot path; the callers only read it).
            return only == null ? new int[0] : only;
        }
        // The union of the words' postings in ascending order (each posting list is sorted).
        int[] all = new int[total];
        int n = 0;
        for (int[] at : lists) {
            if (at != null) {
                System.arraycopy(at, 0, all, n, at.length);
                n += at.length;
            }
        }
        Arrays.sort(all);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || all[unique - 1] != all[i]) {
                all[unique++] = all[i];
            }
        }
        return unique == all.length ? all : Arrays.copyOf(all, unique);
    }

    /** The range's billable codes by the words of their titles and inclusion terms, built once per range. */
    private WordPostings postings(CodeRange range) {
        return cached(rangeIndex, range, k -> {
            java.util.Map<Integer, java.util.TreeSet<Integer>> m = new java.util.HashMap<>();
            for (int i = lowerBound(range.first().value()); i < billable.length && inRange(range, billableCodes[i]); i++) {
                for (TitleWords.Title t : texts(billable[i])) {
                    for (int[] words : new int[][] {t.essential(), t.supplementary()}) {
                        for (int id : words) {
                            m.computeIfAbsent(id, x -> new java.util.TreeSet<>()).add(i);
                        }
                    }
                }
            }
            java.util.Map<Integer, int[]> out = new java.util.HashMap<>();
            m.forEach((id, set) -> out.put(id, set.stream().mapToInt(Integer::intValue).toArray()));
            return new WordPostings(out);
        });
    }

    /** {@code map.computeIfAbsent} without its lock when the value is there (the usual case on the hot path). */
    static <K, V> V cached(ConcurrentHashMap<K, V> map, K key, java.util.function.Function<K, V> compute) {
        V v = map.get(key);
        return v != null ? v : map.computeIfAbsent(key, compute);
    }

    /** {@link #texts(IcdCmEntry)} of the billable code at position {@code i}, kept by position (hot path). */
    private List<TitleWords.Title> texts(int i) {
        List<TitleWords.Title> t = textsAt.get(i);
        if (t == null) {
            t = texts(billable[i]);
            textsAt.set(i, t);
        }
        return t;
    }

    /** The code's title and its inclusion terms (I.A.11), as word lists. */
    private List<TitleWords.Title> texts(IcdCmEntry e) {
        return cached(inclusions, e.code().value(), k -> {
            List<TitleWords.Title> out = new ArrayList<>();
            out.add(titles.of(e));
            for (AppliedNote n : release.notes(e.code())) {
                if (n.note().kind() == NoteKind.INCLUSION_TERM && n.isOwn(e.code().dotted())) {
                    out.add(titles.parse(n.note().text()));
                }
            }
            return out;
        });
    }

    /** The words of the title before its first comma: the condition its axes (type, site, trimester) qualify. */
    private TitleWords.Title leadTerm(IcdCmEntry e) {
        int comma = e.longTitle().indexOf(", ");
        return comma < 0 ? titles.of(e) : titles.parse(e.longTitle().substring(0, comma));
    }

    /**
     * Whether the title names a statement word the main code's path did not cover and that is not one of
     * {@code own}, the words of the main code's own title when a "code first" code is guessed: a code first note's
     * condition is coded only when the statement documents it (I.A.13), and the main condition's own words do not
     * ("edema due to heart failure" states no hypertension: no I11.0 "Hypertensive heart disease with heart failure"
     * by I50's note).
     */
    private static boolean fresh(TitleWords.Title t, Statement s, long covered, int[] own) {
        for (int id : t.essential()) {
            long b = s.bit(id);
            if (b != 0 && (b & covered) == 0 && Arrays.binarySearch(own, id) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The note's ranges widened ({@link #widen}), each once, in order, cached per note. Several codes of one category
     * ("F02.84, F02.A4, F02.B4 ...") widen to the same range; scoring its codes again could not change the best
     * (a later code must score strictly higher), so once is the same result.
     */
    private static List<CodeRange> widened(List<CodeRange> ranges) {
        // Single codes of different categories ("diabetic chronic kidney disease (E08.22, E09.22, E10.22, E11.22,
        // E13.22)" in N18's "code first" note) are alternatives, one per category: each is the code the note means
        // for its category (E11.22 for type 2, never another E11 code by title words; I.A.13), so they stay as named.
        long singleCategories = ranges.stream().filter(r -> r.first().equals(r.last()) && r.first().value().length() > 3)
                .map(r -> r.first().category()).distinct().count();
        return ranges.stream().map(r -> singleCategories > 1 && r.first().equals(r.last())
                && r.first().value().length() > 3 ? r : widen(r)).distinct().toList();
    }

    /** A range inside one category is widened to the category, so that its "unspecified" code can be chosen. */
    private static CodeRange widen(CodeRange r) {
        IcdCmCode a = r.first().category();
        return a.equals(r.last().category()) ? new CodeRange(a, a) : r;
    }

    /** {@link CodeRange#contains} on the code text, without building a code (hot path). */
    private static boolean inRange(CodeRange r, String c) {
        String a = r.first().value();
        String b = r.last().value();
        return compare(c, a) >= 0 && compare(c, b) <= 0;
    }

    private static int compare(String code, String end) {
        int n = Math.min(code.length(), end.length());
        int cmp = code.substring(0, n).compareTo(end);
        return cmp != 0 ? cmp : 0;
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

package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.NoteKind;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.Token;

/**
 * Concept matching against ICD-10-CM: Alphabetic Index main terms with two levels of subterms (a main term that
 * only says "see" another reaches that term's entries), and the titles and inclusion terms of billable codes, each
 * as a bag of stemmed content words, with anatomical adjectives and translation variants reduced to one word
 * ({@link WordVariants}: "renal" and "kidney" match each other). A concept matches when all its words
 * occur in one sentence within a small window (clinical word order varies: "pneumonia, aspiration" / "aspiration
 * pneumonia"). Each concept is anchored on its rarest word so a note is matched in one pass over its tokens.
 */
public final class IndexDictionary implements ConceptMatcher {

    private static final int MAX_WORDS = 5;
    /**
     * Subterm levels below a main term. Two reach entries such as "Pancreatitis, chronic, alcohol-induced" and
     * "Calculus, kidney, with calculus, ureter" (train 3-fold CV: D MAP 0.409 with one level and no variants,
     * 0.416 with two levels, cross-references and word variants; three levels add nothing).
     */
    private static final int DEPTH = 2;
    private static final int SLACK = 3;
    private static final Set<String> NOISE = Set.of("with", "without", "nec", "see", "also", "code", "other",
            "specified", "unspecified", "site", "part", "condition", "disease", "disorder", "classified", "elsewhere");

    /** A concept: its words, code and source, and its position in the dictionary (the order hits are found in). */
    record Concept(String[] words, String code, String source, int ordinal, int[] ids) {

        Concept withIds(Map<String, Integer> wordIds) {
            return new Concept(words, code, source, ordinal, java.util.Arrays.stream(words).mapToInt(wordIds::get).toArray());
        }
    }

    /**
     * The concepts of one anchor word: those of the anchor alone, and the others by their rarest other word (the
     * key, as word ids in ascending order with the concepts of each), so a note is checked only against the
     * concepts whose key word it contains. Words are ids ({@link NoteWords}): a note is matched with array reads,
     * not string hashing.
     */
    record Anchored(Concept[] alone, int[] keys, Concept[][] byKey) {
    }

    /**
     * Word id by stemmed note word: every canonical word of the concepts, and every variant that canonicalises to
     * one ({@link WordVariants}), so a note's token needs one look-up, not two.
     */
    private final Map<String, Integer> idsByStem;
    /** The keys of {@link #idsByStem}: a note's word outside the vocabulary is not looked up. */
    private final KeyFilter stems;
    private final int vocabularySize;
    private final Anchored[] byAnchor;

    private IndexDictionary(Map<String, Integer> ids, Anchored[] byAnchor) {
        Map<String, Integer> byStem = new HashMap<>();
        Stream.concat(ids.keySet().stream(), WordVariants.variants().stream()).forEach(stem -> {
            Integer id = ids.get(WordVariants.canonical(stem));
            if (id != null) {
                byStem.put(stem, id);
            }
        });
        this.idsByStem = Map.copyOf(byStem);
        this.stems = new KeyFilter(byStem.keySet());
        this.vocabularySize = ids.size();
        this.byAnchor = byAnchor;
    }

    /** Builds the dictionary of a release. */
    public static IndexDictionary of(IcdCmRelease release) {
        List<Concept> raw = new ArrayList<>();
        Map<String, IndexTerm> byHead = new HashMap<>();
        for (IndexTerm main : release.index().mainTerms()) {
            byHead.putIfAbsent(head(main.title()), main);
        }
        for (IndexTerm main : release.index().mainTerms()) {
            List<String> mainWords = words(main.title().split(",")[0]);
            add(raw, mainWords, main.code(), "Index: " + main.title());
            subterms(raw, mainWords, "Index: " + main.title(), main.subterms(), DEPTH);
            IndexTerm target = main.code().isEmpty() ? byHead.get(head(main.see())) : null;
            if (target != null) {
                // "Lithiasis - see Calculus": the "see" instruction sends the coder to the other main term (I.A.16),
                // so the note's word reaches that term's entries ("renal lithiasis" -> Calculus, kidney).
                String path = "Index: " + main.title() + " (see " + target.title() + ")";
                add(raw, mainWords, target.code(), path);
                subterms(raw, mainWords, path, target.subterms(), DEPTH);
            }
        }
        for (IcdCmEntry e : release.entries()) {
            if (!e.billable()) {
                continue;
            }
            add(raw, words(e.longTitle()), e.code().value(), "Tabular: " + e.code().dotted() + " " + e.longTitle());
            for (AppliedNote n : release.notes(e.code())) {
                if (n.note().kind() == NoteKind.INCLUSION_TERM && n.isOwn(e.code().value())) {
                    add(raw, words(n.note().text()), e.code().value(), "Tabular inclusion term: " + n.note().text());
                }
            }
        }
        Map<String, Integer> freq = new HashMap<>();
        raw.forEach(c -> new LinkedHashSet<>(List.of(c.words)).forEach(w -> freq.merge(w, 1, Integer::sum)));
        Map<String, Integer> ids = new HashMap<>();
        freq.keySet().stream().sorted().forEach(w -> ids.put(w, ids.size()));
        Map<Integer, Map<Integer, List<Concept>>> grouped = new HashMap<>();
        for (Concept c : raw) {
            String anchor = rarest(c.words, null, freq);
            String key = rarest(c.words, anchor, freq);
            // Key -1: the concepts of the anchor alone. Lists keep dictionary order.
            grouped.computeIfAbsent(ids.get(anchor), k -> new HashMap<>())
                    .computeIfAbsent(key == null ? -1 : ids.get(key), k -> new ArrayList<>()).add(c.withIds(ids));
        }
        Anchored[] byAnchor = new Anchored[ids.size()];
        grouped.forEach((anchor, byKey) -> byAnchor[anchor] = anchored(byKey));
        return new IndexDictionary(ids, byAnchor);
    }

    private static Anchored anchored(Map<Integer, List<Concept>> byKey) {
        Concept[] alone = byKey.getOrDefault(-1, List.of()).toArray(Concept[]::new);
        int[] keys = byKey.keySet().stream().mapToInt(Integer::intValue).filter(k -> k >= 0).sorted().toArray();
        Concept[][] concepts = new Concept[keys.length][];
        for (int k = 0; k < keys.length; k++) {
            concepts[k] = byKey.get(keys[k]).toArray(Concept[]::new);
        }
        return new Anchored(alone, keys, concepts);
    }

    /** The rarest of the words other than {@code except} (the first on a tie), or null when there is none. */
    private static String rarest(String[] words, String except, Map<String, Integer> freq) {
        String best = null;
        for (String w : words) {
            if (!w.equals(except) && (best == null || freq.get(w) < freq.get(best))) {
                best = w;
            }
        }
        return best;
    }

    /** The first comma-separated part of a main term or cross-reference, lower case ("Calculus, calculi" -> "calculus"). */
    private static String head(String title) {
        return title.split(",")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Subterms down to {@code depth} levels, each with the words of the levels above it. */
    private static void subterms(List<Concept> raw, List<String> above, String path, List<IndexTerm> subs, int depth) {
        if (depth == 0) {
            return;
        }
        for (IndexTerm sub : subs) {
            List<String> w = new ArrayList<>(above);
            w.addAll(words(sub.title()));
            String p = path + " > " + sub.title();
            add(raw, w, sub.code(), p);
            subterms(raw, w, p, sub.subterms(), depth - 1);
        }
    }

    private static void add(List<Concept> out, List<String> words, String code, String source) {
        String c = code.replace(".", "").replace("-", "").strip().toUpperCase(Locale.ROOT);
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(words));
        if (c.length() < 3 || distinct.isEmpty() || distinct.size() > MAX_WORDS) {
            return;
        }
        out.add(new Concept(distinct.toArray(String[]::new), c, source, out.size(), null));
    }

    /** The stemmed content words of a title, parenthesized nonessential words left out. */
    static List<String> words(String title) {
        String t = title.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)|\\[[^]]*]", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !Terms.isStop(w) && !NOISE.contains(w)) {
                out.add(WordVariants.canonical(Terms.stem(w)));
            }
        }
        return out;
    }

    @Override
    public List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams) {
        List<Token> tokens = note.tokens();
        NoteWords words = NoteWords.of(tokens, idsByStem, stems, vocabularySize);
        List<ConceptHit> hits = new ArrayList<>();
        // The concepts of an anchor whose every word is somewhere in the note, found once per distinct anchor word:
        // a common anchor ("pain") has long concept lists and occurs many times in a note.
        List<List<Concept>> present = new ArrayList<>(java.util.Collections.nCopies(words.distinct(), null));
        for (int i = 0; i < tokens.size(); i++) {
            int id = words.id(i);
            if (id < 0 || byAnchor[id] == null) {
                continue;
            }
            int d = words.slot(id);
            if (present.get(d) == null) {
                present.set(d, inNote(byAnchor[id], words));
            }
            for (Concept c : present.get(d)) {
                matchAt(words, i, c, hits);
            }
        }
        return keepMostSpecific(hits);
    }

    /** The concepts of an anchor (in dictionary order) all of whose words occur in the note. */
    private static List<Concept> inNote(Anchored anchored, NoteWords words) {
        List<Concept> out = new ArrayList<>();
        addPresent(anchored.alone, words, out);
        int before = out.size();
        // Look up whichever is smaller: the anchor's key words in the note, or the note's words among the keys.
        if (anchored.keys.length <= words.distinct()) {
            for (int k = 0; k < anchored.keys.length; k++) {
                if (words.has(anchored.keys[k])) {
                    addPresent(anchored.byKey[k], words, out);
                }
            }
        } else {
            for (int d = 0; d < words.distinct(); d++) {
                int k = java.util.Arrays.binarySearch(anchored.keys, words.distinctId(d));
                if (k >= 0) {
                    addPresent(anchored.byKey[k], words, out);
                }
            }
        }
        if (out.size() > before) {
            out.sort(Comparator.comparingInt(Concept::ordinal));
        }
        return out;
    }

    private static void addPresent(Concept[] concepts, NoteWords words, List<Concept> out) {
        for (Concept c : concepts) {
            if (words.hasAll(c.ids)) {
                out.add(c);
            }
        }
    }

    /** Every word of the concept within the window around the anchor, in the anchor's sentence. */
    private static void matchAt(NoteWords words, int anchor, Concept c, List<ConceptHit> hits) {
        int window = c.ids.length + SLACK;
        int sentence = words.sentence(anchor);
        int lo = anchor;
        int hi = anchor + 1;
        for (int w : c.ids) {
            // The first occurrence of the word in the window and the anchor's sentence (positions ascend: a word
            // repeated all over a long note costs a binary search, not a scan; a 2 MB note must not take minutes).
            int found = words.firstInSentence(w, anchor - window, anchor + window, sentence);
            if (found < 0) {
                return;
            }
            lo = Math.min(lo, found);
            hi = Math.max(hi, found + 1);
        }
        if (hi - lo <= window) {
            hits.add(new ConceptHit(c.code, lo, hi, c.source, c.words.length));
        }
    }

    /** Where concepts overlap, the ones with the most words win (the most specific index entry, I.A.7-8). */
    private static List<ConceptHit> keepMostSpecific(List<ConceptHit> hits) {
        // A hit can only be beaten by one that starts at most maxSpan tokens before its end: look only there
        // (hits sorted by start), so the pass is linear in the hits of a long note rather than quadratic.
        int maxSpan = 0;
        for (ConceptHit h : hits) {
            maxSpan = Math.max(maxSpan, h.to() - h.from());
        }
        List<ConceptHit> byStart = new ArrayList<>(hits);
        byStart.sort(Comparator.comparingInt(ConceptHit::from));
        int[] starts = new int[byStart.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = byStart.get(k).from();
        }
        List<ConceptHit> out = new ArrayList<>();
        for (ConceptHit h : hits) {
            boolean beaten = false;
            for (int k = firstAtOrAfter(starts, h.to() - maxSpan); k < starts.length && starts[k] <= h.from() && !beaten; k++) {
                ConceptHit o = byStart.get(k);
                beaten = o != h && o.words() > h.words() && h.to() <= o.to();
            }
            if (!beaten) {
                out.add(h);
            }
        }
        return out;
    }

    /** The index of the first value {@code >= key} in an ascending array (its length when there is none). */
    private static int firstAtOrAfter(int[] ascending, int key) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

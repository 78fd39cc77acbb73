package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    record Concept(String[] words, String code, String source, int ordinal) {
    }

    /**
     * The concepts of one anchor word: those of the anchor alone, and the others by their rarest other word (the
     * key), so a note is checked only against the concepts whose key word it contains.
     */
    private record Anchored(List<Concept> alone, Map<String, List<Concept>> byKey) {
    }

    private final Map<String, Anchored> byAnchor;

    private IndexDictionary(Map<String, Anchored> byAnchor) {
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
        Map<String, Anchored> byAnchor = new HashMap<>();
        for (Concept c : raw) {
            String anchor = rarest(c.words, null, freq);
            String key = rarest(c.words, anchor, freq);
            Anchored a = byAnchor.computeIfAbsent(anchor, k -> new Anchored(new ArrayList<>(), new HashMap<>()));
            if (key == null) {
                a.alone.add(c);
            } else {
                a.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        return new IndexDictionary(byAnchor);
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
        out.add(new Concept(distinct.toArray(String[]::new), c, source, out.size()));
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
        String[] stems = new String[tokens.size()];
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < stems.length; i++) {
            stems[i] = WordVariants.canonical(Terms.stem(tokens.get(i).term()));
            positions.computeIfAbsent(stems[i], k -> new ArrayList<>(2)).add(i);
        }
        List<ConceptHit> hits = new ArrayList<>();
        // The concepts of an anchor whose every word is somewhere in the note, found once per distinct anchor word:
        // a common anchor ("pain") has long concept lists and occurs many times in a note.
        Map<String, List<Concept>> present = new HashMap<>();
        for (int i = 0; i < stems.length; i++) {
            List<Concept> concepts = present.computeIfAbsent(stems[i], s -> inNote(byAnchor.get(s), positions));
            for (Concept c : concepts) {
                matchAt(tokens, positions, i, c, hits);
            }
        }
        return keepMostSpecific(hits);
    }

    /** The concepts of an anchor (in dictionary order) all of whose words occur in the note. */
    private static List<Concept> inNote(Anchored anchored, Map<String, List<Integer>> positions) {
        if (anchored == null) {
            return List.of();
        }
        List<Concept> out = new ArrayList<>(anchored.alone);
        // Look up whichever is smaller: the anchor's key words in the note, or the note's words among the keys.
        if (anchored.byKey.size() <= positions.size()) {
            anchored.byKey.forEach((key, concepts) -> {
                if (positions.containsKey(key)) {
                    addPresent(concepts, positions, out);
                }
            });
        } else {
            for (String w : positions.keySet()) {
                addPresent(anchored.byKey.getOrDefault(w, List.of()), positions, out);
            }
        }
        if (out.size() > anchored.alone.size()) {
            out.sort(Comparator.comparingInt(Concept::ordinal));
        }
        return out;
    }

    private static void addPresent(List<Concept> concepts, Map<String, List<Integer>> positions, List<Concept> out) {
        for (Concept c : concepts) {
            if (allIn(c.words, positions)) {
                out.add(c);
            }
        }
    }

    private static boolean allIn(String[] words, Map<String, List<Integer>> positions) {
        for (String w : words) {
            if (!positions.containsKey(w)) {
                return false;
            }
        }
        return true;
    }

    /** Every word of the concept within the window around the anchor, in the anchor's sentence. */
    private static void matchAt(List<Token> tokens, Map<String, List<Integer>> positions, int anchor, Concept c,
            List<ConceptHit> hits) {
        int window = c.words.length + SLACK;
        int sentence = tokens.get(anchor).sentence();
        int lo = anchor;
        int hi = anchor + 1;
        for (String w : c.words) {
            int found = -1;
            List<Integer> at = positions.getOrDefault(w, List.of());
            // Positions are ascending: start at the window's left edge, so a word repeated all over a long note
            // costs a binary search here instead of a scan (a 2 MB note must not take minutes).
            for (int k = firstAtOrAfter(at, anchor - window); k < at.size() && at.get(k) <= anchor + window; k++) {
                int j = at.get(k);
                if (tokens.get(j).sentence() == sentence) {
                    found = j;
                    break;
                }
            }
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
        List<Integer> starts = new ArrayList<>(byStart.size());
        for (ConceptHit h : byStart) {
            starts.add(h.from());
        }
        List<ConceptHit> out = new ArrayList<>();
        for (ConceptHit h : hits) {
            boolean beaten = false;
            for (int k = firstAtOrAfter(starts, h.to() - maxSpan); k < byStart.size() && starts.get(k) <= h.from() && !beaten; k++) {
                ConceptHit o = byStart.get(k);
                beaten = o != h && o.words() > h.words() && h.to() <= o.to();
            }
            if (!beaten) {
                out.add(h);
            }
        }
        return out;
    }

    /** The index of the first value {@code >= key} in an ascending list (its size when there is none). */
    private static int firstAtOrAfter(List<Integer> ascending, int key) {
        int lo = 0;
        int hi = ascending.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending.get(mid) < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

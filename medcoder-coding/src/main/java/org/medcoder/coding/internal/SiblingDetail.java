package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ContextFlag;
import org.medcoder.nlp.ContextScope;
import org.medcoder.nlp.Token;

/**
 * A candidate source around another concept matcher: when a code of a category is found and the note states, near
 * that mention (its sentence or the one before or after), the words that tell another billable code of the same
 * category apart (the 4th to 6th character's detail, e.g. "biliary" for K85.1 beside a hit on acute pancreatitis
 * K85.9), that code becomes a candidate too. The Alphabetic Index and the dictionary read a condition and its
 * detail only when they are written together; in narrative notes the detail is often in the next clause. The
 * distinguishing words are the code's title words that its category's title does not have (Tabular titles, I.A.2
 * / I.B.1: code to the highest degree of specificity the documentation supports). The classifier decides how far
 * to trust such hits (they carry the source prefix {@value #SOURCE}). Words under a negation cue of the context
 * annotator do not count ("no biliary dilatation" does not add K85.1).
 */
public final class SiblingDetail implements ConceptMatcher {

    /** The source prefix of a sibling hit. */
    public static final String SOURCE = "Tabular (detail in the note): ";

    /** Categories with more billable codes than this are skipped (injury codes with 7th characters, long lists). */
    private static final int MAX_SIBLINGS = 40;
    private static final int MAX_WORDS = 3;
    /** Categories are a letter and two letters or digits: one slot each, and one more for any other code. */
    private static final int SLOTS = 26 * 36 * 36 + 1;
    private static final int OTHER = SLOTS - 1;

    /** One billable code of a category, with the title words that set it apart from the category. */
    record Sibling(String code, String title, List<String> words) {
    }

    private final ConceptMatcher inner;
    private final Function<String, List<Sibling>> siblings;
    /** The siblings of each category, by {@link #slot} (filled on first use; immutable lists, so safe to share). */
    private final AtomicReferenceArray<List<Sibling>> memo = new AtomicReferenceArray<>(SLOTS);

    /** Sibling hits from the release's Tabular titles around {@code inner}'s hits. */
    public SiblingDetail(ConceptMatcher inner, IcdCmRelease release) {
        this(inner, category -> siblings(release, category));
    }

    SiblingDetail(ConceptMatcher inner, Function<String, List<Sibling>> siblings) {
        this.inner = inner;
        this.siblings = siblings;
    }

    /** Whether a hit came from this source. */
    public static boolean isSibling(ConceptHit h) {
        return h.source().startsWith(SOURCE);
    }

    /** The inner matcher's memos; this source's own memo is per category (bounded by the release), and stays. */
    @Override
    public void emptyTextMemos() {
        inner.emptyTextMemos();
    }

    @Override
    public List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams) {
        List<ConceptHit> hits = inner.match(note, grams);
        if (hits.isEmpty()) {
            return hits;
        }
        Set<String> found = new HashSet<>();
        hits.forEach(h -> found.add(h.code()));
        Map<String, BitSet> sentencesOf = null;
        List<ConceptHit> out = new ArrayList<>(hits);
        // A category read again in the same sentence adds nothing: the siblings near it were added the first time.
        Map<Object, BitSet> done = new HashMap<>(); // by slot; a code of no slot by its category
        for (ConceptHit h : hits) {
            if (h.code().length() < 3 || h.from() >= note.tokens().size()) {
                continue;
            }
            int slot = slot(h.code());
            int s = note.tokens().get(h.from()).sentence();
            BitSet sentences = done.computeIfAbsent(slot == OTHER ? h.code().substring(0, 3) : slot, k -> new BitSet());
            if (sentences.get(s)) {
                continue;
            }
            sentences.set(s);
            List<Sibling> list = siblingsOf(h.code(), slot);
            if (list.isEmpty()) {
                continue;
            }
            sentencesOf = sentencesOf == null ? sentencesOf(note) : sentencesOf;
            for (Sibling sib : list) {
                if (!found.contains(sib.code()) && near(sentencesOf, s, sib.words())) {
                    found.add(sib.code());
                    out.add(new ConceptHit(sib.code(), h.from(), h.to(), SOURCE + sib.title() + " (beside "
                            + GuidelineRules.dotted(h.code()) + ")", sib.words().size()));
                }
            }
        }
        return out;
    }

    /** The slot of a code's category (its first 3 characters), without building the category's string. */
    private static int slot(String code) {
        int a = code.charAt(0) - 'A';
        int b = base36(code.charAt(1));
        int c = base36(code.charAt(2));
        return a < 0 || a >= 26 || b < 0 || c < 0 ? OTHER : (a * 36 + b) * 36 + c;
    }

    /** A digit as 0-9, an upper-case letter as 10-35, else -1. */
    private static int base36(char ch) {
        return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'A' && ch <= 'Z' ? ch - 'A' + 10 : -1;
    }

    /** The siblings of the code's category, memoised by slot (other codes are computed each time). */
    private List<Sibling> siblingsOf(String code, int slot) {
        if (slot == OTHER) {
            return siblings.apply(code.substring(0, 3));
        }
        List<Sibling> list = memo.get(slot);
        if (list == null) {
            list = siblings.apply(code.substring(0, 3));
            memo.set(slot, list);
        }
        return list;
    }

    /** Whether every word is in sentence {@code s}, the one before or the one after. */
    private static boolean near(Map<String, BitSet> sentencesOf, int s, List<String> words) {
        for (int i = 0; i < words.size(); i++) { // indexed: no iterator for each sibling of each hit
            BitSet in = sentencesOf.get(words.get(i));
            int at = in == null ? -1 : in.nextSetBit(Math.max(0, s - 1));
            if (at < 0 || at > s + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentences of each stem of the note, without the words a negation cue governs ("no biliary dilatation"):
     * one map for the note, one look-up per sibling word.
     */
    private static Map<String, BitSet> sentencesOf(AnalyzedNote note) {
        boolean[] negated = new boolean[note.tokens().size()];
        for (ContextScope scope : note.scopes()) {
            if (scope.flag() == ContextFlag.NEGATED) {
                Arrays.fill(negated, scope.from(), Math.min(scope.to(), negated.length), true);
            }
        }
        Map<String, BitSet> out = new HashMap<>();
        for (int i = 0; i < negated.length; i++) {
            if (!negated[i]) {
                Token t = note.tokens().get(i);
                out.computeIfAbsent(WordVariants.canonical(Terms.stem(t.term())), k -> new BitSet()).set(t.sentence());
            }
        }
        return out;
    }

    /** The billable codes of a category with their distinguishing words (none when the category is too large). */
    static List<Sibling> siblings(IcdCmRelease release, String category) {
        if (!IcdCmCode.isWellFormed(category)) {
            return List.of();
        }
        IcdCmCode cat = IcdCmCode.parse(category);
        var entry = release.entry(cat);
        if (entry.isEmpty()) {
            return List.of();
        }
        Set<String> general = new HashSet<>(IndexDictionary.words(entry.get().longTitle()));
        List<Sibling> out = new ArrayList<>();
        List<IcdCmEntry> below = release.descendants(cat);
        if (below.size() > MAX_SIBLINGS) {
            return List.of();
        }
        for (IcdCmEntry e : below) {
            if (!e.billable()) {
                continue;
            }
            List<String> words = new ArrayList<>(new LinkedHashSet<>(IndexDictionary.words(e.longTitle())));
            words.removeAll(general);
            if (!words.isEmpty() && words.size() <= MAX_WORDS) {
                out.add(new Sibling(e.code().value(), e.longTitle(), List.copyOf(words)));
            }
        }
        return List.copyOf(out);
    }
}

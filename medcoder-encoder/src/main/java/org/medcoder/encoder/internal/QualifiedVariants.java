package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.medcoder.codesets.IndexTerm;

/**
 * Main terms that are qualified variants of another main term with the same head ("Fracture, pathological",
 * "Fracture, nontraumatic, NEC" beside "Fracture, traumatic"), and the qualifiers a statement must say to reach them.
 * The variant with the most subterms is the head's main entry and the default when the statement states no
 * qualifier (a fracture is traumatic unless documented otherwise: Index "Fracture, traumatic" vs "Fracture,
 * pathological", Guideline I.C.19.c and I.C.13.c).
 */
final class QualifiedVariants {

    private static final Set<String> CAUSE_FILLER = Set.of("specified", "other", "nec", "nos", "disease");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z]+");

    private QualifiedVariants() {
    }

    /** The qualifiers of each qualified variant among {@code mains}, by identity of the variant's term. */
    static Map<IndexTerm, List<String>> of(List<IndexTerm> mains) {
        Map<String, List<IndexTerm>> byHead = new HashMap<>();
        for (IndexTerm t : mains) {
            byHead.computeIfAbsent(IndexGraph.titleKey(t.title().split(",")[0]), k -> new ArrayList<>(1)).add(t);
        }
        Map<IndexTerm, List<String>> out = new IdentityHashMap<>();
        for (List<IndexTerm> group : byHead.values()) {
            if (group.size() < 2) {
                continue;
            }
            IndexTerm main = group.get(0);
            for (IndexTerm t : group) {
                main = t.subterms().size() > main.subterms().size() ? t : main;
            }
            Set<String> mainWords = null;
            for (IndexTerm t : group) {
                String[] parts = t.title().split(",");
                if (t != main && parts.length > 1 && !(parts.length == 2 && sharesStem(parts[0], parts[1]))) {
                    mainWords = mainWords != null ? mainWords : subtermStems(main, new HashSet<>());
                    out.put(t, qualifiers(t, parts, mainWords));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * What the statement may say to mean the variant: the qualifier ("pathological"), one of its nonessential
     * modifiers ("pathologic"), a cause it is indexed "due to" ("Fracture, pathological, due to, osteoporosis": a
     * fracture due to osteoporosis or neoplastic disease is pathological), or a subterm found nowhere under the
     * head's main entry ("Fracture, nontraumatic, NEC, atypical": an atypical femoral fracture is looked up there,
     * the only entry that has the word; I.A.16 and I.B.1, the index leads to the term that has the statement's words).
     */
    private static List<String> qualifiers(IndexTerm t, String[] parts, Set<String> mainWords) {
        List<String> out = new ArrayList<>();
        out.add(String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length)));
        out.addAll(t.nonessentialModifiers());
        for (IndexTerm sub : t.subterms()) {
            if (sub.title().strip().equalsIgnoreCase("due to")) {
                for (IndexTerm cause : sub.subterms()) {
                    for (String w : cause.title().split("\\s+")) {
                        if (!CAUSE_FILLER.contains(w.toLowerCase(Locale.ROOT))) {
                            out.add(w);
                        }
                    }
                }
            } else if (distinct(sub.title(), mainWords)) {
                out.add(sub.title());
            }
        }
        return out;
    }

    /** Whether no word of {@code title} occurs under the main entry. */
    private static boolean distinct(String title, Set<String> mainWords) {
        for (String w : NOT_WORD.split(title.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && mainWords.contains(Words.stem(w))) {
                return false;
            }
        }
        return true;
    }

    /** The stems of every subterm title under {@code t}, added to {@code into}. */
    private static Set<String> subtermStems(IndexTerm t, Set<String> into) {
        for (IndexTerm sub : t.subterms()) {
            for (String w : NOT_WORD.split(sub.title().toLowerCase(Locale.ROOT))) {
                if (!w.isEmpty()) {
                    into.add(Words.stem(w));
                }
            }
            subtermStems(sub, into);
        }
        return into;
    }

    static boolean sharesStem(String a, String b) {
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        return x.length() >= 3 && y.length() >= 3 && x.regionMatches(0, y, 0, 3);
    }
}

package org.medcoder.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores ranked predictions against CodiEsp gold for one task, as the CodiEsp protocol does: codes compared
 * normalized; MAP as trec_eval computes it (precision at each rank holding a gold code, summed, divided by the
 * number of gold codes, averaged over the documents that have gold); micro P/R/F1 over distinct codes per
 * document at full code and category level.
 */
public final class CodiespScorer {

    private static final int TOP = 20;

    private CodiespScorer() {
    }

    /**
     * Scores one task.
     *
     * @param task           {@code D} or {@code P}
     * @param gold           gold codes per document (normalized)
     * @param predicted      proposed codes per document, best first (any case, dots allowed); scored by P/R/F1
     * @param rankedLists    the full ranking per document (proposals, then further candidates); scored by MAP
     * @param categoryLength 3 for D, 4 for P
     * @param check          the release to check codes against
     */
    public static TaskScore score(String task, Map<String, Set<String>> gold, Map<String, List<String>> predicted,
            Map<String, List<String>> rankedLists, int categoryLength, ReleaseCheck check) {
        Map<String, List<String>> proposed = new HashMap<>();
        predicted.forEach((doc, codes) -> proposed.put(doc, distinct(codes)));
        Map<String, List<String>> ranked = new HashMap<>();
        rankedLists.forEach((doc, codes) -> ranked.put(doc, distinct(codes)));
        Set<String> docs = new LinkedHashSet<>(gold.keySet());
        docs.addAll(proposed.keySet());
        Map<String, Integer> fps = new HashMap<>();
        Map<String, Integer> fns = new HashMap<>();
        long[] full = new long[3];
        long[] cat = new long[3];
        long invalid = 0;
        long count = 0;
        for (String doc : docs) {
            Set<String> g = gold.getOrDefault(doc, Set.of());
            List<String> p = proposed.getOrDefault(doc, List.of());
            count(g, Set.copyOf(p), full, fps, fns);
            count(truncate(g, categoryLength), truncate(p, categoryLength), cat, null, null);
            count += p.size();
            if (check.present()) {
                invalid += p.stream().filter(c -> !check.reportable().test(c)).count();
            }
        }
        double map = gold.keySet().stream().mapToDouble(d -> averagePrecision(gold.get(d),
                ranked.getOrDefault(d, List.of()))).average().orElse(0);
        double mapOrdered = gold.keySet().stream().mapToDouble(d -> averagePrecision(gold.get(d),
                goldFirst(gold.get(d), ranked.getOrDefault(d, List.of()), Set.copyOf(proposed.getOrDefault(d,
                        List.of()))))).average().orElse(0);
        long goldRanked = gold.entrySet().stream().mapToLong(e -> e.getValue().stream()
                .filter(Set.copyOf(ranked.getOrDefault(e.getKey(), List.of()))::contains).count()).sum();
        long goldRows = CodiespCorpus.rows(gold);
        long partial = gold.values().stream().flatMap(Set::stream).filter(c -> isPartial(task, c)).count();
        long notInRelease = !check.present() ? 0 : gold.values().stream().flatMap(Set::stream)
                .filter(c -> !isPartial(task, c) && !check.known().test(c)).count();
        return new TaskScore(task, map, new MicroScore(full[0], full[1], full[2]),
                new MicroScore(cat[0], cat[1], cat[2]), count, invalid, goldRows, notInRelease, partial,
                check.release(), top(fps), top(fns), goldRanked, mapOrdered);
    }

    /** Scores one task where the proposals are the whole ranking. */
    public static TaskScore score(String task, Map<String, Set<String>> gold, Map<String, List<String>> predicted,
            int categoryLength, ReleaseCheck check) {
        return score(task, gold, predicted, predicted, categoryLength, check);
    }

    /**
     * The average precision of one ranked list: the sum of the precision at each rank that holds a gold code,
     * divided by the number of gold codes (trec_eval {@code map} for one topic).
     */
    static double averagePrecision(Set<String> gold, List<String> ranked) {
        if (gold.isEmpty()) {
            return 0;
        }
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (gold.contains(ranked.get(i))) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return sum / gold.size();
    }

    /**
     * The ranked codes re-ordered as a perfect ranker of the same codes would, keeping proposals before the further
     * codes: the proposals' gold codes first, then their other codes, then the further codes' gold codes, then the
     * rest (each group in its original order).
     */
    static List<String> goldFirst(Set<String> gold, List<String> ranked, Set<String> proposed) {
        List<String> out = new ArrayList<>(ranked.size());
        for (int group = 0; group < 4; group++) {
            boolean wantProposed = group < 2;
            boolean wantGold = group % 2 == 0;
            for (String c : ranked) {
                if (proposed.contains(c) == wantProposed && gold.contains(c) == wantGold) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static void count(Set<String> gold, Set<String> pred, long[] tpFpFn, Map<String, Integer> fps,
            Map<String, Integer> fns) {
        for (String c : pred) {
            boolean hit = gold.contains(c);
            tpFpFn[hit ? 0 : 1]++;
            if (!hit && fps != null) {
                fps.merge(c, 1, Integer::sum);
            }
        }
        for (String c : gold) {
            if (!pred.contains(c)) {
                tpFpFn[2]++;
                if (fns != null) {
                    fns.merge(c, 1, Integer::sum);
                }
            }
        }
    }

    private static boolean isPartial(String task, String code) {
        return "P".equals(task) && code.length() < 7;
    }

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes.stream().map(CodiespCodes::normalize).toList()));
    }

    private static Set<String> truncate(Iterable<String> codes, int length) {
        Set<String> out = new LinkedHashSet<>();
        codes.forEach(c -> out.add(c.length() <= length ? c : c.substring(0, length)));
        return out;
    }

    private static List<CodeCount> top(Map<String, Integer> counts) {
        List<CodeCount> all = new ArrayList<>();
        counts.forEach((c, n) -> all.add(new CodeCount(c, n)));
        all.sort(Comparator.comparingInt(CodeCount::count).reversed().thenComparing(CodeCount::code));
        return List.copyOf(all.subList(0, Math.min(TOP, all.size())));
    }
}

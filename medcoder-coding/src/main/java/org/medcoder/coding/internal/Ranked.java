package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Cuts of a document's ranked proposals: the best candidates, and the "also consider" lists. */
public final class Ranked {

    private Ranked() {
    }

    /**
     * The {@code max} most probable proposals, best first (ties by code). Only the best candidates can be proposed or
     * suggested; the long tail is not worth mapping and writing. The order is total (codes are distinct), so sorting
     * only what reaches the cut-off probability gives the same first {@code max} as sorting them all.
     */
    public static List<Proposal> best(List<Proposal> out, int max) {
        if (out.size() > max) {
            double[] keys = new double[out.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = -out.get(i).probability;
            }
            Arrays.sort(keys);
            double cut = keys[max - 1];
            out.removeIf(p -> Double.compare(-p.probability, cut) > 0);
        }
        out.sort(Comparator.comparingDouble((Proposal p) -> -p.probability).thenComparing(p -> p.code));
        return out.size() <= max ? out : new ArrayList<>(out.subList(0, max));
    }

    /** The first {@code max} of a ranked list. */
    public static List<Proposal> first(List<Proposal> list, int max) {
        return list.subList(0, Math.min(max, list.size()));
    }

    /**
     * The first {@code max} suggestions with words in the note (or review codes), and every code of the similar
     * documents' tail ({@link Candidate#inTail()}), which always ranks after them.
     */
    public static List<Proposal> keepingTail(List<Proposal> list, int max) {
        List<Proposal> out = new ArrayList<>();
        int kept = 0;
        for (Proposal p : list) {
            if (p.candidate != null && p.candidate.inTail() || kept++ < max) {
                out.add(p);
            }
        }
        return out;
    }
}

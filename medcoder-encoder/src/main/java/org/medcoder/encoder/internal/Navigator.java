package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Walks an index the way a coder does: from a main term, down the subterms the statement supports, through
 * connectors ("with", "in", "due to": Guideline I.A.15, presumed causal link), and along "see" / "see also"
 * when a term has no code of its own (I.A.16). Among the possible paths it keeps the one that accounts for the
 * most words of the statement; on a tie the shallower path wins, which is the default code of I.A.18.
 */
final class Navigator {

    private static final int MAX_DEPTH = 14;

    /** A path through an index with the statement words it accounts for. */
    record Walk(long covered, Step last, int depth) {

        /** Terms from the main term down, cross-references included. */
        List<Step> steps() {
            List<Step> out = new ArrayList<>();
            for (Step s = last; s != null; s = s.previous()) {
                out.add(s);
            }
            Collections.reverse(out);
            return out;
        }

        /** The deepest term on the path that carries a code, or null. */
        Node coded() {
            for (Step s = last; s != null; s = s.previous()) {
                if (!s.node().code().isEmpty()) {
                    return s.node();
                }
            }
            return null;
        }

        /** The deepest term whose table cell in {@code column} is filled, or null. */
        Node withCell(int column) {
            for (Step s = last; s != null; s = s.previous()) {
                List<String> cells = s.node().term.cells();
                if (column < cells.size() && !cells.get(column).isBlank()) {
                    return s.node();
                }
            }
            return null;
        }

        int words() {
            return Long.bitCount(covered);
        }
    }

    /** One term on a path; {@code via} says how it was reached ("see", "see also") when not as a subterm. */
    record Step(Node node, Step previous, String via) {
    }

    private final IndexGraph graph;

    Navigator(IndexGraph graph) {
        this.graph = graph;
    }

    /** The best path starting at the main term {@code start} that the statement matched with {@code covered}. */
    Walk from(Node start, long covered, Statement s) {
        return best(start, covered, new Step(start, null, ""), 0, s);
    }

    private Walk best(Node n, long cov, Step at, int depth, Statement s) {
        Walk result = new Walk(cov, at, depth);
        if (depth >= MAX_DEPTH) {
            return result;
        }
        for (Node c : n.children) {
            long m = s.match(c);
            if (m < 0) {
                continue;
            }
            Walk r = best(c, cov | m, new Step(c, at, ""), depth + 1, s);
            if (r.words() > result.words()) {
                result = r;
            }
        }
        if (result.last() == at && n.code().isEmpty()) {
            result = crossReference(n, cov, at, depth, s, result);
        }
        return result;
    }

    /** Follows "see", else "see also", from a term that gives no code (I.A.16). */
    private Walk crossReference(Node n, long cov, Step at, int depth, Statement s, Walk none) {
        String ref = !n.term.see().isEmpty() ? n.term.see() : n.term.seeAlso();
        String via = !n.term.see().isEmpty() ? "see" : "see also";
        if (ref.isEmpty()) {
            return none;
        }
        Node target = graph.resolve(ref);
        if (target == null || target == n) {
            return none;
        }
        Walk r = best(target, cov, new Step(target, at, via), depth + 1, s);
        return r.words() >= none.words() ? r : none;
    }
}

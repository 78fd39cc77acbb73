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
    /** Main terms of up to this many subterms are read through their groups when uncoded (hot path bound). */
    private static final int UNCODED_GROUPS = 64;
    /**
     * Terms with at most this many subterms are searched for groups to read through ("Arteriosclerosis,
     * extremities, leg"); the few larger ones ("Disease", "Syndrome") would cost too much per statement.
     */
    private static final int GROUP_TERMS = 40;

    /** A path through an index with the statement words it accounts for. */
    record Walk(long required, long optional, Step last, int depth) {

        /** Every statement word the path accounts for. */
        long covered() {
            return required | optional;
        }

        /**
         * How well the path fits: words matched by a term's own wording count double, words matched only by a
         * nonessential modifier count once (so "Otitis (acute), media, suppurative, acute" beats stopping early).
         */
        int score() {
            return 2 * Long.bitCount(required) + Long.bitCount(optional & ~required);
        }

        /** The score plus one for each word of the statement's head (the condition before "due to") it covers. */
        int rank(Statement s) {
            return score() + Long.bitCount(covered() & s.head);
        }

        /** Words of the cross-references followed: they guide the choice of subdivisions in the Tabular List. */
        String guide() {
            StringBuilder sb = new StringBuilder();
            for (Step st = last; st != null; st = st.previous()) {
                sb.append(' ').append(st.guide());
            }
            return sb.toString().strip();
        }

        /** Words of cross-references the index lacks: details for the Tabular List check to find. */
        String missing() {
            StringBuilder sb = new StringBuilder();
            for (Step st = last; st != null; st = st.previous()) {
                sb.append(' ').append(st.missing());
            }
            return sb.toString().strip();
        }

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
            return last == null ? null : last.coded();
        }

        /** The deepest term whose table cell in {@code column} (any column: -1) is filled, or null. */
        Node withCell(int column) {
            for (Step s = last; s != null; s = s.previous()) {
                List<String> cells = s.node().term.cells();
                if (column < 0 ? cells.stream().anyMatch(c -> !c.isBlank() && !c.equals("-"))
                        : column < cells.size() && !cells.get(column).isBlank()) {
                    return s.node();
                }
            }
            return null;
        }

        int words() {
            return Long.bitCount(covered());
        }
    }

    /** One term on a path; {@code via} says how it was reached ("see", "see also") when not as a subterm. */
    record Step(Node node, Step previous, String via, String guide, String missing, Node coded) {

        Step(Node node, Step previous, String via, String guide, String missing) {
            // The deepest coded term up to here, kept so that comparing walks does not climb the path (hot path).
            this(node, previous, via, guide, missing, !node.code().isEmpty() ? node : previous == null ? null
                    : previous.coded());
        }

        Step(Node node, Step previous, String via) {
            this(node, previous, via, "", "");
        }
    }

    private final IndexGraph graph;
    /** Whether group subterms may be read through ({@link #throughGroup}): the Alphabetic Index only. */
    private final boolean groups;
    /** Whether a term none of whose subterms the statement names is read in its groups' subterms. */
    private final boolean indented;
    /** The index's cross-references, parsed once each (hot path). */
    private final References refs;

    Navigator(IndexGraph graph) {
        this(graph, false);
    }

    Navigator(IndexGraph graph, boolean groups) {
        this(graph, groups, false);
    }

    private Navigator(IndexGraph graph, boolean groups, boolean indented) {
        this.graph = graph;
        this.groups = groups;
        this.indented = indented;
        this.refs = new References(graph);
    }

    /** A navigator of the Index to External Causes, which reads {@link IndentedSubterms} (I.C.20). */
    static Navigator externalCauses(IndexGraph graph) {
        return new Navigator(graph, false, true);
    }

    /** The best path starting at the main term {@code start} that the statement matched with {@code covered}. */
    Walk from(Node start, long required, long optional, Statement s) {
        return best(start, required, optional, new Step(start, null, ""), 0, s, false);
    }

    private Walk best(Node n, long req, long opt, Step at, int depth, Statement s, boolean skipped) {
        Walk result = new Walk(req, opt, at, depth);
        if (depth >= MAX_DEPTH) {
            return result;
        }
        int resultRank = result.rank(s); // each walk's rank once, not at every comparison (hot path)
        int baseRank = resultRank;
        for (Node c : n.candidates(s)) {
            long m = s.match(c);
            if (m < 0) {
                continue;
            }
            Walk r = best(c, req | m, opt | s.optional(c), new Step(c, at, ""), depth + 1, s, skipped);
            int rank = r.rank(s);
            boolean coded = CodedPaths.below(r, at);
            if (result.last() == at ? rank > resultRank
                    : coded != CodedPaths.below(result, at) ? coded && rank > baseRank
                    : better(r, rank, result, resultRank, at, s)) {
                result = r;
                resultRank = rank;
            }
        }
        if (indented && result.last() == at && !skipped && n.isConnector()) {
            result = IndentedSubterms.read(this, n, req, opt, at, depth, s, result);
        }
        if (groups && !skipped && n.children.length <= GROUP_TERMS) {
            result = throughGroup(n, req, opt, at, depth, s, result);
        }
        if (groups && depth == 0 && !n.code().isEmpty()) {
            result = throughRestated(n, req, opt, at, depth, s, result);
        }
        if (groups && depth == 0 && result.last() == at && n.code().isEmpty() && n.term.see().isEmpty()
                && n.term.seeAlso().isEmpty() && req != 0 && n.children.length <= UNCODED_GROUPS) {
            result = throughUncodedMain(n, req, opt, at, depth, s, result);
        }
        if (result.last() == at && n.code().isEmpty() && depth > 0 && n.term.see().isEmpty()) {
            Node d = NotSpecified.child(n, s);
            result = d == null ? result : new Walk(req, opt | s.optional(d), new Step(d, at, ""), depth + 1);
        }
        if (result.last() == at && n.code().isEmpty()) {
            result = crossReference(n, req, opt, at, depth, s, result);
            Node silent = result.last() == at && depth > 0 ? SilentChild.of(n, s) : null;
            result = silent == null ? result : new Walk(req, opt, new Step(silent, at, ""), depth + 1);
        } else if (n.code().isEmpty() && !CodedPaths.below(result, at)) {
            // The subterms the statement names end without a code: the term's own cross-reference, when it
            // explains more of the statement (I.A.16).
            Walk other = crossReference(n, req, opt, at, depth, s, result);
            result = other.rank(s) > result.rank(s) ? other : result;
        } else if (result.last() == at && !n.term.seeAlso().isEmpty() && n.term.see().isEmpty()
                && Long.bitCount(req | opt) < s.size()) {
            // "see also" from a coded term: the other main term may hold the statement's remaining words
            // ("Gastroenteritis" K52.9, see also Enteritis: "norovirus" A08.11). Taken only when it explains more (I.A.16).
            Walk other = crossReference(n, req, opt, at, depth, s, result);
            if (other.rank(s) > result.rank(s) && other.coded() != null) {
                result = other;
            }
        }
        return result;
    }

    /**
     * Whether subterm path {@code r} beats subterm path {@code than}. A "see also" detour wins over a subterm that
     * has the statement's condition directly only when it explains a word by a term's own wording, not merely by a
     * nonessential modifier ("nonrheumatic aortic valve stenosis": "Stenosis, aortic (valve)" I35.0, not "Stenosis,
     * valve, see also Endocarditis, aortic (nonrheumatic)" I35.8; nonessential modifiers never change the code,
     * I.A.7, and "see also" is followed only when the entry does not have the term, I.A.16).
     */
    private static boolean better(Walk r, int rank, Walk than, int thanRank, Step at, Statement s) {
        boolean ahead = rank > thanRank;
        // A table row answers through its cells (Neoplasm table), an index term through its code.
        if (r.coded() == null && r.withCell(-1) == null || than.coded() == null && than.withCell(-1) == null) {
            return ahead;
        }
        boolean detour = seeAlso(r, at);
        if (ahead && detour && !seeAlso(than, at)) {
            return (r.required() & ~than.covered()) != 0;
        }
        if (!ahead && !detour && seeAlso(than, at)) {
            return (than.required() & ~r.covered()) == 0;
        }
        return ahead || rank == thanRank && LiteralTie.prefers(r, than, at, s);
    }

    /** Whether the walk follows a "see also" after {@code at}. */
    private static boolean seeAlso(Walk w, Step at) {
        for (Step st = w.last(); st != null && st != at; st = st.previous()) {
            if (st.via().startsWith("see also")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subterm that groups the next level ("Hemiplegia, following, cerebrovascular disease, cerebral infarction"):
     * the statement names the specific condition ("cerebral infarction"), not the group it belongs to. The coder
     * reads the indented subterms under the group, so a sub-subterm naming at least two further (not negated)
     * statement words is reached through it (once per path, under small terms), or one word when the statement has
     * the group's nonessential modifiers and the path names two more (also under terms of at most
     * {@value #GROUP_TERMS} subterms).
     */
    private Walk throughGroup(Node n, long req, long opt, Step at, int depth, Statement s, Walk result) {
        boolean big = n.childrenByWord != null;
        long known = req | s.negatedMask;
        Walk opened = null;
        Walk tied = null;
        Node openedGroup = null;
        int openedRank = result.rank(s);
        for (Node group : n.children) {
            // "Lipoma, site classification, trunk": a group that says its subterms are sites opens with the one site
            // word the statement names (I.A.16), however many sites it lists.
            boolean sites = !big && group.children.length > 0 && group.term.title().startsWith("site class");
            if (group.children.length == 0 || group.childrenByWord != null && !sites || s.match(group) >= 0
                    || s.negates(group)) {
                // A group the statement negates is not read through: "hernia without obstruction or gangrene, not
                // specified as recurrent" is K40.90, not "with, gangrene, not specified as recurrent" (I.A.15).
                continue;
            }
            // The group's nonessential modifiers in the statement support it ("extremities (native arteries)").
            long support = s.optional(group) & ~known;
            if (big && support == 0) {
                continue;
            }
            for (Node g : group.candidates(s)) {
                long m = s.match(g);
                int fresh = m < 0 ? 0 : Long.bitCount(m & ~known);
                boolean site = sites && fresh == 1;
                if (fresh < 1 || fresh < 2 && support == 0 && !site) {
                    continue;
                }
                Walk r = best(g, req | m, opt | s.optional(g), new Step(g, new Step(group, at, ""), ""), depth + 2, s,
                        true);
                // Two new positive words open a small term's group; one opens a supported group when the path
                // below goes on to name two more: "Arteriosclerosis, extremities (native arteries), leg, right,
                // with intermittent claudication" (I70.211).
                boolean opens = !big && (fresh >= 2 || site)
                        || support != 0 && Long.bitCount(r.required() & ~known) >= 3;
                int rank = opens ? r.rank(s) : Integer.MIN_VALUE;
                if (rank > openedRank) {
                    opened = r;
                    openedRank = rank;
                    openedGroup = group;
                } else if (opened != null && rank == openedRank && group != openedGroup && !sameCode(r, opened)) {
                    tied = opened;
                }
            }
        }
        // Groups with the same subterms ("Gout, drug-induced / idiopathic / lead-induced, foot joint"): the statement
        // names none of them, so none is read through; the main term's code is verified in the Tabular (I.A.16, I.B.1).
        return opened == null || tied == opened ? result : opened;
    }

    private static boolean sameCode(Walk a, Walk b) {
        return a.coded() != null && b.coded() != null && a.coded().code().equals(b.coded().code());
    }

    /**
     * A subterm that restates its main term, carrying the main term's own code ("Melanoma (malignant)" C43.9,
     * "skin" C43.9): it is what the main term means by default (I.A.18), so the statement need not name it and the
     * sites indented under it are read with one statement word ("melanoma of left thigh": "skin, thigh" C43.7-).
     * Laterality and encounter words never open it (I.A.16, I.B.1).
     */
    private Walk throughRestated(Node n, long req, long opt, Step at, int depth, Statement s, Walk result) {
        Node[] restating = n.restating;
        if (restating == null) {
            // Computed once per term (hot path: most coded main terms have none); a race computes the same array.
            restating = java.util.Arrays.stream(n.children)
                    .filter(g -> g.children.length > 0 && g.code().equals(n.code())).toArray(Node[]::new);
            n.restating = restating;
        }
        if (restating.length == 0) {
            return result;
        }
        long known = req | s.negatedMask | StatementWords.contextWords(s);
        for (Node group : restating) {
            if (s.match(group) < 0) {
                result = underGroup(group, group.candidates(s), known, req, opt, at, depth, s, result);
            }
        }
        return result;
    }

    /** The best walk through a group's {@code subterms} naming a word beyond {@code known}, else {@code result}. */
    Walk underGroup(Node group, Node[] subterms, long known, long req, long opt, Step at, int depth,
            Statement s, Walk result) {
        Walk best = result;
        for (Node g : subterms) {
            long m = s.match(g);
            if (m < 0 || (m & ~known) == 0) {
                continue;
            }
            Walk r = best(g, req | m, opt | s.optional(g), new Step(g, new Step(group, at, ""), ""), depth + 2, s,
                    true);
            if (r.coded() != null && r.rank(s) > best.rank(s)) {
                best = r;
            }
        }
        return best;
    }

    /** Follows "see", else "see also", from a term that gives no code (I.A.16). */
    private Walk crossReference(Node n, long req, long opt, Step at, int depth, Statement s, Walk none) {
        String ref = !n.term.see().isEmpty() ? n.term.see() : n.term.seeAlso();
        String via = !n.term.see().isEmpty() ? "see" : "see also";
        // "see condition" sends the coder back to the condition's own main term: nothing to follow here.
        if (ref.isEmpty() || refs.condition(ref)) {
            return none;
        }
        Walk bySite = bySite(ref, via, req, opt, at, depth, s);
        if (bySite != null) {
            return bySite.rank(s) >= none.rank(s) ? bySite : none;
        }
        Node within = refs.withinMain(n, ref);
        IndexGraph.Resolution found = within != null
                ? new IndexGraph.Resolution(within, "") : graph.resolvePartially(ref);
        if (found == null || found.node() == n
                || found.missing().isEmpty() && !refs.lastKey(ref).isEmpty()
                && !References.named(found.node(), refs.lastKey(ref), s)) {
            return none;
        }
        Node target = found.node();
        // The coder was sent to the reference: its words apply in the Tabular List ("hand, see Cellulitis, upper limb").
        Walk r = best(target, req, opt, new Step(target, at, refs.via(via, ref), refs.guide(ref), found.missing()),
                depth + 1, s, false);
        return r.rank(s) >= none.rank(s) ? r : none;
    }

    /**
     * A reference "by site" with a subterm after it ("Fracture, buckle - see Fracture, by site, torus"; "Strain,
     * muscle - see Injury, muscle, by site, strain"; "Bite, insect - see Bite, by site, superficial, insect"): the
     * coder looks up the site the statement documents under the referenced term, then the named subterm under that
     * site (I.A.16). The deepest term on the site path that has the subterm is taken; null when the reference has no
     * "by site" followed by a subterm, or no site path has it.
     */
    private Walk bySite(String ref, String via, long req, long opt, Step at, int depth, Statement s) {
        References.BySite bs = refs.bySite(ref);
        if (bs == null || depth + 3 >= MAX_DEPTH) {
            return null;
        }
        Walk best = null;
        for (Node head : bs.heads()) {
            Step start = new Step(head, at, refs.via(via, ref), bs.tail(), "");
            Walk site = best(head, req, opt, start, depth + 1, s, true);
            for (Step st = site.last(); st != at && st != null; st = st.previous()) {
                Node sub = subterm(st.node(), bs.keys(), bs.k() + 1);
                if (sub == null || !References.named(sub, bs.keys()[bs.keys().length - 1], s)) {
                    continue;
                }
                long r = req;
                long o = opt;
                for (Step p = st; p != at; p = p.previous()) {
                    r |= Math.max(0, s.match(p.node()));
                    o |= s.optional(p.node());
                }
                Walk w = best(sub, r, o, new Step(sub, st, ""), depth + 3, s, true);
                if (w.coded() != null && (best == null || w.rank(s) > best.rank(s))) {
                    best = w;
                }
                break;
            }
        }
        return best;
    }

    /** The term reached from {@code n} by the reference's parts from {@code from} on, or null. */
    private static Node subterm(Node n, String[] keys, int from) {
        Node t = n;
        for (int i = from; i < keys.length && t != null; i++) {
            t = t.child(keys[i]);
        }
        return t == n ? null : t;
    }

    /**
     * A main term without a code whose subterms the statement does not name ("Foreign body" ... "ear"): its site
     * subterms are grouped ("Foreign body, entering through orifice, ear (external)" T16.-; "alimentary tract,
     * stomach" T18.2), so the coder reads the sites under each group. One statement word under a group suffices here,
     * since without it the term gives no code at all; the first group in index order wins a tie (I.A.16, I.B.1).
     */
    private Walk throughUncodedMain(Node n, long req, long opt, Step at, int depth, Statement s, Walk result) {
        // Laterality and encounter words never open a group ("right" under "Ear, wax").
        long known = req | StatementWords.contextWords(s);
        for (Node group : n.children) {
            if (group.children.length > 0 && !s.negates(group)) {
                result = underGroup(group, group.children, known, req, opt, at, depth, s, result);
            }
        }
        return result;
    }
}

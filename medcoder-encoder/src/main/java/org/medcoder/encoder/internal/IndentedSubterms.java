package org.medcoder.encoder.internal;

/**
 * The Index to External Causes groups the objects after a preposition by kind ("Fall, from, stairs, steps, curb"
 * W10.1; "Fall, from, playground equipment, swing" W09.1): a statement that names none of the preposition's
 * subterms ("fell off a curb", "fell from the swing") is read in the subterms indented under its coded groups, one
 * statement word sufficing, as the coder scans them (I.C.20, I.A.16). Only under a preposition: the transport
 * accident's axes (victim, role, traffic) are read in the statement's order ({@link TransportAccidents}).
 */
final class IndentedSubterms {

    private IndentedSubterms() {
    }

    /**
     * The subterm indented under one of the preposition {@code n}'s coded groups (a kind with its own code: "stairs,
     * steps" W10.9, "playground equipment" W09.8) that names a statement word, when no other group's subterm names
     * as much with another code; else {@code result}.
     */
    static Navigator.Walk read(Navigator navigator, Node n, long req, long opt, Navigator.Step at, int depth,
            Statement s, Navigator.Walk result) {
        long known = req | s.negatedMask | StatementWords.contextWords(s);
        Navigator.Walk best = result;
        boolean tie = false;
        for (Node group : n.children) {
            if (group.children.length == 0 || group.code().isEmpty() || s.negates(group)) {
                continue;
            }
            Navigator.Walk w = navigator.underGroup(group, group.candidates(s), known, req, opt, at, depth, s, result);
            if (w == result) {
                continue;
            }
            if (best == result || w.rank(s) > best.rank(s)) {
                best = w;
                tie = false;
            } else if (w.rank(s) == best.rank(s) && w.coded() != best.coded()) {
                tie = true;
            }
        }
        return tie ? result : best;
    }
}

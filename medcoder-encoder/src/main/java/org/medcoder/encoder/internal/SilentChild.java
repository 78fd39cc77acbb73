package org.medcoder.encoder.internal;

import java.util.Locale;

/**
 * The subterm a coder takes under an index term that carries no code of its own when the statement names none of
 * its subterms: the index then lists the choices under it and the code is among them, never the parent's
 * ("Migraine, without aura, chronic, intractable" has only "with status migrainosus" G43.711 and "without status
 * migrainosus" G43.719; "Herpes, human, 6" only "encephalitis" B10.01 and "specified NEC" B10.81). A statement
 * silent on the axis is coded to the subterm "without" it, else to the one residual subterm ("specified NEC",
 * "NOS"), Guidelines I.A.9 (NEC/NOS), I.A.18 (default code) and I.B.1 (the index leads to the code).
 */
final class SilentChild {

    /** Terms with more subterms are lists of sites or types, not one axis to default on. */
    private static final int MAX_CHILDREN = 6;

    private SilentChild() {
    }

    /**
     * The coded subterm of the uncoded term {@code n} that a statement naming none of them gets, or null when there
     * is none or more than one.
     */
    static Node of(Node n, Statement s) {
        if (!n.code().isEmpty() || n.children.length < 2 || n.children.length > MAX_CHILDREN) {
            return null;
        }
        Node without = null;
        Node residual = null;
        int withouts = 0;
        int residuals = 0;
        for (Node c : n.children) {
            if (c.code().isEmpty() || s.match(c) >= 0 && !c.isConnector()) {
                continue;
            }
            String t = c.term.title().strip().toLowerCase(Locale.ROOT);
            if (t.startsWith("without ")) {
                without = c;
                withouts++;
            } else if (t.equals("specified nec") || t.equals("nec") || t.equals("nos")
                    || t.equals("unspecified")) {
                residual = c;
                residuals++;
            }
        }
        return withouts == 1 ? without : withouts == 0 && residuals == 1 ? residual : null;
    }
}

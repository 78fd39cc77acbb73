package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An uncoded subterm whose codes its children split by "not specified as ..." and the thing not specified
 * ("Colitis, Clostridium difficile" - "not specified as recurrent" A04.72, "recurrent" A04.71): a statement that
 * reaches the subterm and states nothing more is the "not specified as" child, the code the index gives when the
 * detail is not documented (I.A.18 default codes; I.B.1).
 */
final class NotSpecified {

    private static final String PREFIX = "not specified as";

    private NotSpecified() {
    }

    /**
     * The coded "not specified as ..." child of {@code n} the statement does not negate, or null (also when the term
     * has more than one such child).
     */
    static Node child(Node n, Statement s) {
        Node[] cs = n.notSpecified;
        if (cs == null) { // the subterms are fixed once the index is compiled: found once per term (hot path)
            cs = children(n);
            n.notSpecified = cs;
        }
        return cs.length == 1 && !cs[0].code().isEmpty() && !s.negates(cs[0]) ? cs[0] : null;
    }

    /** The "not specified as ..." subterms of {@code n}, in order. */
    private static Node[] children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c : n.children) {
            String t = c.term.title();
            if (t.length() > PREFIX.length() && t.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                out.add(c);
            }
        }
        return out.toArray(Node[]::new);
    }
}

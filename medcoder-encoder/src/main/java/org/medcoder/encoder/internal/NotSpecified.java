package org.medcoder.encoder.internal;

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

    /** The coded "not specified as ..." child of {@code n} the statement does not negate, or null. */
    static Node child(Node n, Statement s) {
        Node found = null;
        for (Node c : n.children) {
            String t = c.term.title();
            if (t.length() > PREFIX.length() && t.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                if (found != null || c.code().isEmpty() || s.negates(c)) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }
}

package org.medcoder.encoder.internal;

/**
 * Whether an index path reaches a code of its own. A subterm path that ends on terms without a code ("Crush,
 * extremity, upper" for "upper arm": only sites, each sent elsewhere, are under it) merely inherits the code of a
 * term above it (T14.8), so {@link Navigator} never lets it beat a path that reaches a code of its own ("Crush, arm
 * (upper)" S47.-), however many statement words it accounts for, and an uncoded term whose named subterms end so
 * sends the coder on by its own cross-reference when that explains more. The index gives the code at the end of the
 * path the coder walks (I.B.1); a term without a code sends the coder on (I.A.16).
 */
final class CodedPaths {

    private CodedPaths() {
    }

    /** Whether the walk reaches a code below {@code at}, or follows a cross-reference there. */
    static boolean below(Navigator.Walk w, Navigator.Step at) {
        if (w.coded() == null) {
            return false;
        }
        for (Navigator.Step st = w.last(); st != null && st != at; st = st.previous()) {
            // A cross-reference followed is the index's own instruction; its words guide the Tabular List.
            if (st.node() == w.coded() || !st.via().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}

package org.medcoder.encoder.internal;

/**
 * The walk from a main term down the parts of a cross-reference ("see Diabetes, due to, drug or chemical"), one part
 * per subterm level, for {@link IndexGraph#resolve}: parts "by site" / "by type" stay at the term reached (the caller
 * chooses among its subterms), and two parts the index writes as one subterm are taken together ("due to, drug or
 * chemical" names the subterm "due to drug or chemical" under Diabetes, I.A.16).
 */
final class ReferenceParts {

    private ReferenceParts() {
    }

    /** The term parts {@code i..} name below {@code n}, or null when the index has none. */
    static Node descend(Node n, String[] parts, int i) {
        if (i >= parts.length) {
            return n;
        }
        String part = IndexGraph.titleKey(parts[i]);
        if (part.startsWith("by ") || part.isEmpty()) {
            return descend(n, parts, i + 1);
        }
        Node c = IndexGraph.child(n, part);
        Node r = c == null ? null : descend(c, parts, i + 1);
        if (r == null && i + 1 < parts.length) {
            String joined = part + " " + IndexGraph.titleKey(parts[i + 1]);
            for (Node k : n.children) {
                if (k.key.equals(joined)) {
                    return descend(k, parts, i + 2);
                }
            }
        }
        return r;
    }
}

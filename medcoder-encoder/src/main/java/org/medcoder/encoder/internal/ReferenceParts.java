package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walk from a main term down the parts of a cross-reference ("see Diabetes, due to, drug or chemical"), one part
 * per subterm level, for {@link IndexGraph#resolve}: parts "by site" / "by type" stay at the term reached (the caller
 * chooses among its subterms), and two parts the index writes as one subterm are taken together ("due to, drug or
 * chemical" names the subterm "due to drug or chemical" under Diabetes, I.A.16), and one part may name a subterm
 * and its subterm ("lymph gland").
 */
final class ReferenceParts {

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]+)\\)");

    private ReferenceParts() {
    }

    /** The term parts {@code i..} name below {@code n}, or null when the index has none. */
    static Node descend(Node n, String[] parts, int i) {
        if (i >= parts.length) {
            return inParentheses(n, parts[parts.length - 1]);
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
        return r == null && c == null ? split(n, parts, i, part) : r;
    }

    /**
     * One part the index writes as a subterm and its subterm: "see also Neoplasm, lymph gland" names "lymph,
     * lymphatic channel NEC" and under it "gland" in the Neoplasm table (I.A.16); the first word is the subterm.
     */
    private static Node split(Node n, String[] parts, int i, String part) {
        int space = part.indexOf(' ');
        Node c = space < 0 ? null : IndexGraph.child(n, part.substring(0, space));
        if (c == null) {
            return null;
        }
        String[] rest = parts.clone();
        rest[i] = part.substring(space + 1);
        return descend(c, rest, i);
    }

    /**
     * The subterm the reference's last part names in parentheses when the term reached has it but not as a
     * nonessential modifier of its own title: "Maternal care (for) - see Pregnancy (complicated by) (management
     * affected by)" sends the coder to the subterm "complicated by (care of) (management affected by)" of
     * "Pregnancy (single) (uterine)", where the conditions are listed (I.A.16); {@code n} otherwise.
     */
    static Node inParentheses(Node n, String last) {
        String own = n.term.title().toLowerCase(java.util.Locale.ROOT);
        Matcher m = PARENTHESES.matcher(last.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            String key = IndexGraph.titleKey(m.group(1));
            if (key.isEmpty() || own.contains(m.group())) {
                continue;
            }
            for (Node c : n.children) {
                if (c.key.equals(key) || c.key.startsWith(key + " ")) {
                    return c;
                }
            }
        }
        return n;
    }
}

package org.medcoder.encoder.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.medcoder.codesets.IndexTerm;

/**
 * One index term compiled for matching: the stems a statement must contain for the term to apply (one set per
 * alternative wording), the optional stems of its nonessential modifiers (Guideline I.A.7), its code and
 * cross-references, and its subterms.
 */
final class Node {

    final IndexTerm term;
    /** {@link #codeOf}, once per term. */
    private final String code;
    final Node parent;
    /** Alternatives: the statement must contain every stem of at least one; empty rows mean a connector. */
    final int[][] required;
    /** Nonessential modifiers and optional title parts: they count when present and are never required. */
    final int[] optional;
    Node[] children = new Node[0];
    /**
     * For terms with many subterms (hot path: "Disease" has hundreds): subterm positions by each word they require,
     * and the positions of subterms that require none (connectors). Null for small terms.
     */
    WordPostings childrenByWord;
    int[] connectorChildren;
    /** Subterms restating the term (same code, subterms of their own), computed on first use; see Navigator. */
    volatile Node[] restating;
    /** Its "not specified as ..." subterms, computed on first use ({@link NotSpecified}). */
    volatile Node[] notSpecified;
    /** Position among the main terms of its index (main terms only; -1 for subterms). */
    int ordinal = -1;
    /** Every word of {@link #required}, each once. */
    final int[] words;
    /** The {@link Statement#bloomBit}s of {@link #words}: a statement with none of them cannot match the term. */
    final long filter;
    /** Whether an alternative of {@link #required} has no word (a connector: it matches any statement). */
    final boolean connector;
    /**
     * Whether the term is an "as the cause of diseases classified elsewhere" entry (B95-B97): such codes identify
     * the organism of a condition coded first and do not head a statement that names the condition.
     */
    final boolean supplementary;
    /** The title normalised for "see" look-ups ({@link IndexGraph#titleKey}). */
    final String key;
    /** The title's "word number" pair ("type 1"), or null: the number is stated only with its word. */
    final String numbered;
    /**
     * Subterms already found by the part of a cross-reference ({@link #child}): part, subterm (or null), in turn.
     * The parts are the index's own ("see Neoplasm, secondary, by site"), so there are few per term.
     */
    private volatile Object[] named = new Object[0];

    Node(IndexTerm term, Node parent, int[][] required, int[] optional) {
        this.term = codeAfterReference(term);
        this.code = codeOf(this.term);
        this.parent = parent;
        this.required = required;
        this.optional = optional;
        this.words = java.util.Arrays.stream(required).flatMapToInt(java.util.Arrays::stream).distinct().toArray();
        this.filter = java.util.Arrays.stream(words).mapToLong(Statement::bloomBit).reduce(0L, (a, b) -> a | b);
        this.connector = java.util.Arrays.stream(required).anyMatch(alt -> alt.length == 0);
        this.key = IndexGraph.titleKey(term.title());
        this.numbered = NumberedWords.pairOf(term.title());
        this.supplementary = term.title().toLowerCase(java.util.Locale.ROOT).contains("classified elsewhere");
    }

    /** Whether the term only connects (e.g. "with", "in", "due to": Guideline I.A.15) and has no words. */
    boolean isConnector() {
        for (int[] alt : required) {
            if (alt.length > 0) {
                return false;
            }
        }
        return true;
    }

    String code() {
        return code;
    }

    /** A category or subcategory as a "subcategory" / "see category" reference names it (compiled once). */
    private static final Pattern SUBCATEGORY = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,3})?");

    /**
     * The code a term gives: its own, else the subcategory its "subcategory" / "see category" reference names as a
     * header to be completed in the Tabular List ("Perforation, tympanum, marginal NEC" H72.2 -> H72.2X-), Guideline
     * I.A.4/I.B.1: the index leads to the subcategory and the Tabular List completes the code.
     */
    private static String codeOf(IndexTerm term) {
        if (!term.code().isEmpty() || term.seeCategory().isEmpty() || !term.see().isEmpty()) {
            return term.code();
        }
        String c = term.seeCategory().strip();
        return SUBCATEGORY.matcher(c).matches() ? c + "-" : "";
    }

    /** A code printed after a "see also" reference, the reference's words before it (compiled once). */
    private static final Pattern REFERENCE_THEN_CODE =
            Pattern.compile("(.*\\S)\\s+([A-Z][0-9][0-9A-Z]\\.[0-9A-Z]{1,4}-?)");

    /**
     * The term with the code the printed index gives after its "(see also ...)" as its own code: the XML of some
     * terms carries that code inside the reference ("Fracture, pathological (pathologic)": see also "Fracture,
     * traumatic M84.40"; "Examination, physical": see also "Examination, medical Z00.00"). In the printed index a
     * "see also" in parentheses follows the term and its code follows the parentheses: the term is coded, and the
     * other main term is only to be consulted when this one does not have the detail (I.A.16). A "(sub)category"
     * reference is not a term's code ({@link #codeOf} reads those).
     */
    static IndexTerm codeAfterReference(IndexTerm t) {
        java.util.regex.Matcher m = t.code().isEmpty() && t.see().isEmpty()
                ? REFERENCE_THEN_CODE.matcher(t.seeAlso().strip()) : null;
        if (m == null || !m.matches() || m.group(1).strip().toLowerCase(java.util.Locale.ROOT).endsWith("category")) {
            return t;
        }
        return new IndexTerm(t.title(), t.nonessentialModifiers(), m.group(2), t.manifestationCode(), t.see(),
                m.group(1).strip(), t.seeCategory(), t.cells(), t.subterms());
    }

    /** The term's title as printed, with its nonessential modifiers in parentheses. */
    String display() {
        StringBuilder sb = new StringBuilder(term.title());
        for (String m : term.nonessentialModifiers()) {
            sb.append(' ').append(m.startsWith("(") ? m : "(" + m + ")");
        }
        return sb.toString();
    }

    /** Builds {@link #childrenByWord} when the term has more than {@code threshold} subterms. */
    void indexChildren(int threshold) {
        if (children.length <= threshold) {
            return;
        }
        java.util.Map<Integer, java.util.List<Integer>> m = new java.util.HashMap<>();
        java.util.List<Integer> none = new java.util.ArrayList<>();
        for (int i = 0; i < children.length; i++) {
            boolean any = true;
            for (int[] alt : children[i].required) {
                // An alternative without words ("from, off, out of": "from") always matches: a connector.
                any &= alt.length > 0;
            }
            for (int[] alt : children[i].required) {
                if (alt.length == 0) {
                    continue;
                }
                // One word per alternative suffices: a child matches only if all its words are present.
                m.computeIfAbsent(alt[0], k -> new java.util.ArrayList<>()).add(i);
            }
            if (!any) {
                none.add(i);
            }
        }
        java.util.Map<Integer, int[]> byWord = new java.util.HashMap<>();
        m.forEach((k, v) -> byWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        childrenByWord = new WordPostings(byWord);
        connectorChildren = none.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Node> childList() {
        return List.of(children);
    }

    /** The subterms that can match: all of a small term's, or those indexed under the statement's words. */
    Node[] candidates(Statement s) {
        if (childrenByWord == null) {
            return children;
        }
        // Positions gathered, sorted and deduplicated: index order, as the subterms are read (no bit set per call).
        int[] pick = new int[connectorChildren.length + 8];
        System.arraycopy(connectorChildren, 0, pick, 0, connectorChildren.length);
        int k = connectorChildren.length;
        for (int id : s.searchIds) {
            int[] at = childrenByWord.get(id);
            if (at != null) {
                pick = k + at.length > pick.length ? java.util.Arrays.copyOf(pick, 2 * (k + at.length)) : pick;
                System.arraycopy(at, 0, pick, k, at.length);
                k += at.length;
            }
        }
        java.util.Arrays.sort(pick, 0, k);
        Node[] out = new Node[k];
        int d = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || pick[i] != pick[i - 1]) {
                out[d++] = children[pick[i]];
            }
        }
        return d == k ? out : java.util.Arrays.copyOf(out, d);
    }

    /**
     * The subterm a part of a cross-reference names ({@link IndexGraph#child}), looked for once per part: the
     * subterms of a term are fixed once the index is compiled, and "by site" references ask again for every site.
     */
    Node child(String part) {
        Object[] m = named;
        for (int i = 0; i < m.length; i += 2) {
            if (m[i].equals(part)) {
                return (Node) m[i + 1];
            }
        }
        Node c = IndexGraph.child(this, part);
        if (m.length < 32) {
            Object[] more = java.util.Arrays.copyOf(m, m.length + 2);
            more[m.length] = part;
            more[m.length + 1] = c;
            named = more;
        }
        return c;
    }
}

package org.medcoder.encoder.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The code an index or table path points to, with the path as a coder writes it and the conventions used. */
final class Lookup {

    private static final java.util.regex.Pattern NEC_NOS = java.util.regex.Pattern.compile(".*\\b(NEC|NOS)\\b.*");

    final String code;
    final String manifestation;
    final String path;
    final int score;
    final int depth;
    final long covered;
    final Set<String> guidelines;
    /** Words of the cross-references followed, to guide the Tabular List walk. */
    final String guide;
    /** Words of cross-references the index lacks, details for the Tabular List check. */
    final String missing;
    /** The main term and its first subterm: the context (e.g. "History, family") rather than the condition. */
    final List<Node> context;
    /**
     * Statement words matched only by terms the coder left through a "see" reference ("Thrombosis, artery,
     * cerebral, see Occlusion ..."): the target's code does not say them, so the Tabular List check may still
     * move to a sibling that does (I.A.16, I.B.1).
     */
    final long referred;

    private Lookup(String code, String manifestation, String path, Navigator.Walk w, Set<String> guidelines) {
        this(code, manifestation, path, w, guidelines, 0L);
    }

    private Lookup(String code, String manifestation, String path, Navigator.Walk w, Set<String> guidelines,
            long referred) {
        this.referred = referred;
        this.code = code;
        this.manifestation = manifestation;
        this.path = path;
        this.score = w.score();
        this.depth = w.depth();
        this.covered = w.covered();
        this.guidelines = guidelines;
        this.guide = w.guide();
        this.missing = w.missing();
        List<Node> ctx = new java.util.ArrayList<>();
        for (Navigator.Step st : w.steps()) {
            if (ctx.size() < 2 && st.via().isEmpty() && !st.node().isConnector()) {
                ctx.add(st.node());
            }
        }
        this.context = List.copyOf(ctx);
    }

    /** The lookup for an Alphabetic Index walk, or null when the path reaches no code. */
    static Lookup of(Navigator.Walk w) {
        return of(w, null);
    }

    /** As {@link #of(Navigator.Walk)}, with the words the statement {@code s} had matched before a "see". */
    static Lookup of(Navigator.Walk w, Statement s) {
        Node coded = w.coded();
        if (coded == null) {
            return null;
        }
        Set<String> g = new LinkedHashSet<>();
        String path = describe(w, coded, g);
        return new Lookup(coded.code(), coded.term.manifestationCode(), path, w, g, s == null ? 0L : referred(w, s));
    }

    /** Words matched before the last "see" and not again after it. */
    private static long referred(Navigator.Walk w, Statement s) {
        long before = 0;
        long after = 0;
        for (Navigator.Step st : w.steps()) {
            if (st.via().startsWith("see ") && !st.via().startsWith("see also")) {
                before |= after;
                after = 0;
            }
            after |= Math.max(0L, s.match(st.node())) | s.optional(st.node());
        }
        return before & ~after;
    }

    /** The lookup for a table hit. */
    static Lookup of(Tables.Hit hit, String table) {
        Set<String> g = new LinkedHashSet<>();
        g.add(hit.guideline());
        String path = table + ": " + describe(hit.walk(), hit.walk().last().node(), g) + ", column " + hit.columnName();
        return new Lookup(hit.code(), "", path, hit.walk(), g);
    }

    /** Whether the title says NEC or NOS (the literal check first: the regex is slow on long titles). */
    private static boolean necOrNos(String title) {
        return (title.contains("NEC") || title.contains("NOS")) && NEC_NOS.matcher(title).matches();
    }

    private static String describe(Navigator.Walk w, Node coded, Set<String> g) {
        StringBuilder sb = new StringBuilder();
        for (Navigator.Step st : w.steps()) {
            if (sb.length() > 0) {
                sb.append(st.via().isEmpty() ? ", " : " -> " + st.via() + " -> ");
            }
            sb.append(st.node().display());
            if (!st.via().isEmpty()) {
                g.add("I.A.16");
            }
            if (st.node().isConnector()) {
                g.add("I.A.15");
            }
            if (!st.node().term.nonessentialModifiers().isEmpty()) {
                g.add("I.A.7");
            }
            if (necOrNos(st.node().term.title())) {
                g.add("I.A.9");
            }
        }
        if (w.last().node() == coded && coded.children.length > 0) {
            g.add("I.A.18");
        }
        return sb.toString();
    }
}

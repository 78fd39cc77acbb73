package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Lays the term changes of an Alphabetic Index addenda over an older index, in the order printed: a term is found by
 * its path of titles (title and nonessential modifiers, compared on letters and digits only); an added term goes
 * under its parent (a main term in alphabetical place), a deleted one goes with its subterms, a revised one takes the
 * new title, code and cross-references and keeps its subterms. A change whose parent or term is not found —
 * typically one written against a year between the XML and the addenda — is reported, not forced.
 */
final class IndexChanges {

    /** The index after the changes, how many were applied, the lines not read and the changes not applied. */
    record Applied(IndexBook index, int applied, List<Finding> notUnderstood, List<Finding> notApplied)
            implements AddendaPdf.Layer<IndexBook> {
        Applied {
            notUnderstood = List.copyOf(notUnderstood);
            notApplied = List.copyOf(notApplied);
        }

        @Override
        public IndexBook result() {
            return index;
        }
    }

    /** A term being edited: the published term's fields and its subterms as editable nodes. */
    private static final class Node {
        IndexTerm fields;
        final List<Node> subterms = new ArrayList<>();

        Node(IndexTerm t) {
            fields = t;
            t.subterms().forEach(s -> subterms.add(new Node(s)));
        }

        IndexTerm term() {
            IndexTerm f = fields;
            return new IndexTerm(f.title(), f.nonessentialModifiers(), f.code(), f.manifestationCode(), f.see(), f.seeAlso(),
                    f.seeCategory(), f.cells(), subterms.stream().map(Node::term).toList());
        }
    }

    private final String source;
    private final Node root = new Node(new IndexTerm("", List.of(), "", "", "", "", "", List.of(), List.of()));
    private final List<Finding> notApplied = new ArrayList<>();
    private int applied;

    private IndexChanges(IndexBook base, String source) {
        this.source = source;
        base.mainTerms().forEach(t -> root.subterms.add(new Node(t)));
    }

    /**
     * How a term is compared: the words of its title and nonessential modifiers, letters and digits only, sorted (the
     * XML may print a modifier inside the title, "human papillomavirus (HPV) DNA test", where it keeps it apart).
     */
    static String key(IndexTerm t) {
        return key(named(t));
    }

    /** The title of a term with its nonessential modifiers, as a path names it. */
    static String named(IndexTerm t) {
        return (t.title() + " " + String.join(" ", t.nonessentialModifiers())).strip();
    }

    private static String key(String named) {
        String words = named.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return java.util.Arrays.stream(words.split(" ")).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * The index of {@code base} with the addenda PDF {@code pdf} applied, reporting in one warning how many changes
     * were applied and how many left out; a PDF that cannot be read is reported and {@code base} returned.
     */
    static IndexBook layered(IndexBook base, CmSources.Found pdf, Consumer<Finding> warnings) {
        return AddendaPdf.layered(base, base.source(), pdf, "index", "term", p -> applyPdf(base, p), warnings);
    }

    /** The index of {@code base} with the changes of the addenda PDF {@code pdf} applied. */
    static Applied applyPdf(IndexBook base, CmSources.Found pdf) {
        IndexAddenda.Read read = IndexAddenda.read(AddendaPdf.read(pdf), pdf.displayName());
        Applied a = apply(base, read.changes(), AddendaPdf.sourceName(pdf));
        return new Applied(a.index(), a.applied(), read.notUnderstood(), a.notApplied());
    }

    /** The index of {@code base} with {@code changes} applied in order; {@code source} names the addenda. */
    static Applied apply(IndexBook base, List<IndexAddenda.Change> changes, String source) {
        IndexChanges c = new IndexChanges(base, source);
        changes.forEach(c::change);
        IndexBook out = new IndexBook(base.columns(), c.root.subterms.stream().map(Node::term).toList(),
                base.source() + " + " + source, base.fiscalYear());
        return new Applied(out, c.applied, List.of(), c.notApplied);
    }

    private void change(IndexAddenda.Change c) {
        Node parent = root;
        for (String title : c.path()) {
            parent = find(parent, key(title));
            if (parent == null) {
                refuse(c, "the terms above it are not in the index");
                return;
            }
        }
        Node at = find(parent, IndexChanges.key(c.term()));
        switch (c.action()) {
            case ADD -> {
                if (at != null) {
                    refuse(c, "already there");
                    return;
                }
                add(parent, new Node(c.term()), c.path().isEmpty());
            }
            case DELETE -> {
                if (at == null) {
                    refuse(c, "the term to delete is not there");
                    return;
                }
                parent.subterms.remove(at);
            }
            default -> {
                if (at == null) {
                    refuse(c, "the term to revise is not there");
                    return;
                }
                IndexTerm r = c.revised();
                at.fields = new IndexTerm(r.title(), r.nonessentialModifiers(), r.code(), r.manifestationCode(), r.see(),
                        r.seeAlso(), at.fields.seeCategory(), at.fields.cells(), List.of());
            }
        }
        applied++;
    }

    private static Node find(Node parent, String key) {
        for (Node n : parent.subterms) {
            if (key(n.fields).equals(key)) {
                return n;
            }
        }
        return null;
    }

    /** Subterms are appended in printed order; a main term goes in its alphabetical place (the index is by letter). */
    private static void add(Node parent, Node term, boolean mainTerm) {
        int i = parent.subterms.size();
        if (mainTerm) {
            String k = term.fields.title().toLowerCase(Locale.ROOT);
            i = 0;
            while (i < parent.subterms.size() && parent.subterms.get(i).fields.title().toLowerCase(Locale.ROOT).compareTo(k) < 0) {
                i++;
            }
        }
        parent.subterms.add(i, term);
    }

    private void refuse(IndexAddenda.Change c, String why) {
        String path = String.join(" > ", c.path());
        notApplied.add(Finding.warning(TabularAddenda.RULE, Location.path(source, c.line().where()),
                c.action().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " index term not applied, " + why + ": "
                        + (path.isEmpty() ? "" : path + " > ") + named(c.term())));
    }
}

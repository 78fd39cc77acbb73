package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
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

    /**
     * A term being edited: the published term's fields, its comparison key (computed once, on first use) and its
     * subterms as editable nodes, with an index of them by key: every change looks up each term of its path among
     * siblings (over ten thousand main terms), which a scan of the keys made the slowest step of a cold import.
     */
    private static final class Node {
        private IndexTerm fields;
        private String key;
        final List<Node> subterms = new ArrayList<>();
        /** The subterms by key, each key's nodes in subterm order; built on the first lookup, then kept up to date. */
        private Map<String, List<Node>> byKey;

        Node(IndexTerm t) {
            fields = t;
            t.subterms().forEach(s -> subterms.add(new Node(s)));
        }

        IndexTerm fields() {
            return fields;
        }

        String key() {
            if (key == null) {
                key = IndexChanges.key(fields);
            }
            return key;
        }

        /** The first subterm whose key is {@code k}, or null. */
        Node child(String k) {
            if (byKey == null) {
                byKey = new HashMap<>();
                subterms.forEach(n -> byKey.computeIfAbsent(n.key(), x -> new ArrayList<>(1)).add(n));
            }
            List<Node> same = byKey.get(k);
            return same == null ? null : same.get(0);
        }

        void insert(int i, Node n) {
            subterms.add(i, n);
            indexed(n);
        }

        void remove(Node n) {
            subterms.remove(n);
            unindexed(n);
        }

        /** Gives subterm {@code n} new fields, so its key may change. */
        void revise(Node n, IndexTerm f) {
            unindexed(n);
            n.fields = f;
            n.key = null;
            indexed(n);
        }

        private void indexed(Node n) {
            if (byKey == null) {
                return;
            }
            List<Node> same = byKey.computeIfAbsent(n.key(), x -> new ArrayList<>(1));
            if (same.isEmpty()) {
                same.add(n);
            } else { // a key shared by siblings (rare): its nodes again in subterm order
                same.clear();
                subterms.stream().filter(s -> s.key().equals(n.key())).forEach(same::add);
            }
        }

        private void unindexed(Node n) {
            List<Node> same = byKey == null ? null : byKey.get(n.key());
            if (same != null) {
                same.remove(n);
                if (same.isEmpty()) {
                    byKey.remove(n.key());
                }
            }
        }

        IndexTerm term() {
            IndexTerm f = fields;
            return new IndexTerm(f.title(), f.nonessentialModifiers(), f.code(), f.manifestationCode(), f.see(), f.seeAlso(),
                    f.seeCategory(), f.cells(), subterms.stream().map(Node::term).toList());
        }
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

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
        String words = NOT_WORD.matcher(named.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        String[] sorted = words.split(" ");
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }

    /**
     * The index of {@code base} with the addenda PDF {@code pdf} (its lines given by {@code lines}) applied,
     * reporting in one warning how many changes were applied and how many left out; a PDF that cannot be read is
     * reported and {@code base} returned.
     */
    static IndexBook layered(IndexBook base, CmSources.Found pdf, Function<CmSources.Found, List<AddendaPdf.Line>> lines,
            Consumer<Finding> warnings) {
        return AddendaPdf.layered(base, base.source(), pdf, "index", "term", p -> applyPdf(base, p, lines.apply(p)), warnings);
    }

    /** The index of {@code base} with the changes read from {@code lines}, the lines of the addenda PDF {@code pdf}, applied. */
    static Applied applyPdf(IndexBook base, CmSources.Found pdf, List<AddendaPdf.Line> lines) {
        AddendaPdf.Read<IndexAddenda.Change> read = IndexAddenda.read(lines, pdf.displayName());
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
            parent = parent.child(key(title));
            if (parent == null) {
                refuse(c, "the terms above it are not in the index");
                return;
            }
        }
        Node at = parent.child(IndexChanges.key(c.term()));
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
                parent.remove(at);
            }
            default -> {
                if (at == null) {
                    refuse(c, "the term to revise is not there");
                    return;
                }
                IndexTerm r = c.revised();
                parent.revise(at, new IndexTerm(r.title(), r.nonessentialModifiers(), r.code(), r.manifestationCode(), r.see(),
                        r.seeAlso(), at.fields().seeCategory(), at.fields().cells(), List.of()));
            }
        }
        applied++;
    }

    /** Subterms are appended in printed order; a main term goes in its alphabetical place (the index is by letter). */
    private static void add(Node parent, Node term, boolean mainTerm) {
        int i = parent.subterms.size();
        if (mainTerm) {
            String k = term.fields().title().toLowerCase(Locale.ROOT);
            i = 0;
            while (i < parent.subterms.size() && parent.subterms.get(i).fields().title().toLowerCase(Locale.ROOT).compareTo(k) < 0) {
                i++;
            }
        }
        parent.insert(i, term);
    }

    private void refuse(IndexAddenda.Change c, String why) {
        String path = String.join(" > ", c.path());
        notApplied.add(Finding.warning(AddendaPdf.RULE, Location.path(source, c.line().where()),
                c.action().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " index term not applied, " + why + ": "
                        + (path.isEmpty() ? "" : path + " > ") + named(c.term())));
    }
}

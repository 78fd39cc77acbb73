package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.core.Finding;

/**
 * Reads the term changes of an ICD-10-CM Alphabetic Index addenda PDF ({@code icd10cm-index-addenda-YYYY.pdf}) from
 * its {@linkplain AddendaPdf lines}: which main term or subterm is added, deleted or revised, under which path.
 *
 * <p>How a line is read: the level is the number of leading {@code -} marks (a bold line without marks is a main
 * term; a single bold capital is a letter heading); at its end the line may carry a manifestation code in brackets
 * ({@code [D63.8]}), before it the code ({@code R76.81}, {@code Z44.2-}), or a cross-reference ({@code - see X},
 * {@code - see also X}); what is left is the title with its nonessential modifiers in parentheses. The path of a
 * line is the terms printed above it at each lower level. A {@code Revise from} line is paired with the
 * {@code Revise to} after it. Anything else is reported with its page and line.
 */
final class IndexAddenda {

    /**
     * One term change: the terms above it as printed (main term first, title and nonessential modifiers), the term,
     * and its revision (or null).
     */
    record Change(AddendaPdf.Line line, AddendaPdf.Action action, List<String> path, IndexTerm term, IndexTerm revised) {
        Change {
            path = List.copyOf(path);
        }
    }

    private static final String CODE = "[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{0,4})?-?|[A-Z][A-Z][0-9](?:\\.[0-9A-Z]{0,4})?-?";
    private static final Pattern MANIFESTATION = Pattern.compile("(.*\\S)\\s+\\[(" + CODE + ")\\]");
    private static final Pattern CODED = Pattern.compile("(.*\\S)\\s+(" + CODE + ")");
    private static final Pattern SEE = Pattern.compile("(.*?\\S)\\s+-\\s+see( also)?\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEE_IN_PARENS = Pattern.compile("\\(see( also)?\\s+([^()]+)\\)", Pattern.CASE_INSENSITIVE);
    /** Nonessential modifiers: a run of parenthesized groups, kept as one string as the XML's {@code nemod} does. */
    private static final Pattern MODIFIERS = Pattern.compile("\\([^()]*\\)(?:\\s*\\([^()]*\\))*");
    private static final Pattern LETTER = Pattern.compile("[A-Z]");

    private final String source;
    private final List<Change> changes = new ArrayList<>();
    private final List<Finding> notUnderstood = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private Change from;

    private IndexAddenda(String source) {
        this.source = source;
    }

    /** The term changes in the addenda {@code lines}; {@code source} names the PDF in findings. */
    static AddendaPdf.Read<Change> read(List<AddendaPdf.Line> lines, String source) {
        IndexAddenda r = new IndexAddenda(source);
        lines.forEach(r::line);
        r.unpaired();
        return new AddendaPdf.Read<>(r.changes, r.notUnderstood);
    }

    private void line(AddendaPdf.Line l) {
        if (from != null && l.action() != AddendaPdf.Action.REVISE_TO) {
            unpaired();
        }
        String t = l.text();
        int level = 0;
        while (t.startsWith("- ") || t.equals("-")) {
            level++;
            t = t.substring(Math.min(2, t.length())).strip();
        }
        if (level == 0 && LETTER.matcher(t).matches()) {
            path.clear();
            return;
        }
        if (t.isEmpty() || level > path.size() || (level == 0) != l.bold()) {
            skip(l, "a line whose level does not follow the line above it");
            return;
        }
        IndexTerm term = term(t);
        List<String> above = List.copyOf(path.subList(0, level));
        while (path.size() > level) {
            path.remove(path.size() - 1);
        }
        path.add(IndexChanges.named(term));
        change(l, above, term);
    }

    private void change(AddendaPdf.Line l, List<String> above, IndexTerm term) {
        switch (l.action()) {
            case NO_CHANGE -> { }
            case ADD, DELETE -> changes.add(new Change(l, l.action(), above, term, null));
            case REVISE_FROM -> from = new Change(l, l.action(), above, term, null);
            case REVISE_TO -> {
                if (from == null || !from.path().equals(above)) {
                    skip(l, "'Revise to' without its 'Revise from' line at the same level");
                } else {
                    changes.add(new Change(from.line(), AddendaPdf.Action.REVISE_FROM, above, from.term(), term));
                }
                from = null;
            }
        }
    }

    /** The term a printed line stands for (without subterms). */
    static IndexTerm term(String printed) {
        String t = printed;
        String[] see = {"", ""};
        Matcher m = SEE_IN_PARENS.matcher(t);
        if (m.find()) {
            see[m.group(1) == null ? 0 : 1] = m.group(2).strip();
            t = (t.substring(0, m.start()) + " " + t.substring(m.end())).strip();
        } else if ((m = SEE.matcher(t)).matches()) {
            see[m.group(2) == null ? 0 : 1] = m.group(3).strip();
            t = m.group(1);
        }
        String manif = "";
        String code = "";
        if ((m = MANIFESTATION.matcher(t)).matches()) {
            t = m.group(1);
            manif = m.group(2);
        }
        if ((m = CODED.matcher(t)).matches()) {
            t = m.group(1);
            code = m.group(2);
        }
        List<String> nemod = new ArrayList<>(1);
        StringBuilder title = new StringBuilder();
        int last = 0;
        for (m = MODIFIERS.matcher(t); m.find(); last = m.end()) {
            title.append(t, last, m.start()).append(' ');
            nemod.add(m.group().strip());
        }
        title.append(t.substring(last));
        return new IndexTerm(title.toString().replaceAll("\\s+", " ").strip(), nemod, code, manif, see[0], see[1], "",
                List.of(), List.of());
    }

    private void unpaired() {
        if (from != null) {
            skip(from.line(), "'Revise from' without a 'Revise to' line after it");
            from = null;
        }
    }

    private void skip(AddendaPdf.Line l, String why) {
        notUnderstood.add(AddendaPdf.notUnderstood(source, l, why));
    }
}

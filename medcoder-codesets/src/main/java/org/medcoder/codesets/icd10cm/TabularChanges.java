package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.medcoder.codesets.TabularNote;
import org.medcoder.core.Finding;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Location;

/**
 * Lays the note changes of a Tabular addenda over the notes of an older Tabular XML, giving the notes of the
 * addenda's year: added notes are appended where the addenda puts them, deleted and revised notes are found by kind
 * and text (case, spacing and leading punctuation ignored) and removed or rewritten. A change whose note is not found
 * — typically one written against a year between the XML and the addenda — is reported, not forced.
 */
final class TabularChanges {

    /** The notes after the changes, how many changes were applied, the lines not read and the changes not applied. */
    record Applied(TabularData tabular, int applied, List<Finding> notUnderstood, List<Finding> notApplied)
            implements AddendaPdf.Layer<TabularData> {
        Applied {
            notUnderstood = List.copyOf(notUnderstood);
            notApplied = List.copyOf(notApplied);
        }

        @Override
        public TabularData result() {
            return tabular;
        }
    }

    private final String source;
    private final Map<String, List<TabularNote>> byCode;
    private final Map<String, List<TabularNote>> byBlock = new HashMap<>();
    private final Map<String, List<TabularNote>> byChapter = new HashMap<>();
    private final List<Finding> notApplied = new ArrayList<>();
    private int applied;

    private TabularChanges(TabularData base, String source) {
        this.source = source;
        this.byCode = new HashMap<>(base.notesByCode());
        base.blocks().forEach(b -> byBlock.put(b.block().id(), b.notes()));
        base.chapters().forEach(c -> byChapter.put(String.valueOf(c.chapter().number()), c.notes()));
    }

    /**
     * The notes of {@code base} with the addenda PDF {@code pdf} (its lines given by {@code lines}) applied,
     * reporting in one warning how many changes were applied and how many left out; a PDF that cannot be read is
     * reported and {@code base} returned.
     */
    static TabularData layered(TabularData base, CmSources.Found pdf, Function<CmSources.Found, List<AddendaPdf.Line>> lines,
            Consumer<Finding> warnings) {
        return AddendaPdf.layered(base, base.source(), pdf, "tabular", "note", p -> applyPdf(base, p, lines.apply(p)), warnings);
    }

    /** The notes of {@code base} with the changes read from {@code lines}, the lines of the addenda PDF {@code pdf}, applied. */
    static Applied applyPdf(TabularData base, CmSources.Found pdf, List<AddendaPdf.Line> lines) {
        AddendaPdf.Read<TabularAddenda.Change> read = TabularAddenda.read(lines, pdf.displayName());
        Applied a = apply(base, read.changes(), AddendaPdf.sourceName(pdf));
        return new Applied(a.tabular(), a.applied(), read.notUnderstood(), a.notApplied());
    }

    /**
     * The notes of {@code base} with {@code changes} applied; {@code source} names the addenda in each new note
     * and finding, e.g. {@code icd10cm-tabular-addenda-2026.pdf (FY2026)}.
     */
    static Applied apply(TabularData base, List<TabularAddenda.Change> changes, String source) {
        TabularChanges t = new TabularChanges(base, source);
        changes.forEach(t::change);
        List<TabularData.ChapterNotes> chapters = base.chapters().stream()
                .map(c -> new TabularData.ChapterNotes(c.chapter(), t.byChapter.get(String.valueOf(c.chapter().number()))))
                .toList();
        List<TabularData.BlockNotes> blocks = base.blocks().stream()
                .map(b -> new TabularData.BlockNotes(b.block(), b.chapter(), t.byBlock.get(b.block().id())))
                .toList();
        t.byCode.values().removeIf(List::isEmpty);
        TabularData out = new TabularData(base.fiscalYear(), base.source() + " + " + source, chapters, blocks, t.byCode,
                base.seventhByCode(), base.codes());
        return new Applied(out, t.applied, List.of(), t.notApplied);
    }

    private void change(TabularAddenda.Change c) {
        Map<String, List<TabularNote>> notes = switch (c.target().level()) {
            case "chapter" -> byChapter;
            case "block" -> byBlock;
            default -> byCode;
        };
        List<TabularNote> at = notes.get(c.target().id());
        if (at == null && !c.target().level().equals("code")) {
            refuse(c, "no " + c.target().level() + " " + c.target().id() + " in the Tabular XML");
            return;
        }
        List<TabularNote> now = new ArrayList<>(at == null ? List.of() : at);
        int found = indexOf(now, c, c.text());
        switch (c.action()) {
            case ADD -> {
                if (found >= 0) {
                    refuse(c, "already there");
                    return;
                }
                now.add(note(c, c.text()));
            }
            case DELETE -> {
                if (found < 0) {
                    refuse(c, "the note to delete is not there");
                    return;
                }
                now.remove(found);
            }
            default -> {
                if (found < 0) {
                    refuse(c, indexOf(now, c, c.revised()) >= 0 ? "already revised" : "the note to revise is not there");
                    return;
                }
                now.set(found, note(c, c.revised()));
            }
        }
        notes.put(c.target().id(), List.copyOf(now));
        applied++;
    }

    private TabularNote note(TabularAddenda.Change c, String text) {
        return new TabularNote(c.kind(), text, NoteReferences.parse(text), source);
    }

    private static int indexOf(List<TabularNote> notes, TabularAddenda.Change c, String text) {
        String want = comparable(text);
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).kind() == c.kind() && comparable(notes.get(i).text()).equals(want)) {
                return i;
            }
        }
        return -1;
    }

    /** Text as compared: the XML keeps ", if applicable, ..." after "Code also" where the PDF prints it joined. */
    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\s,;:]+|[\\s.]+$", "");
    }

    private void refuse(TabularAddenda.Change c, String why) {
        notApplied.add(Finding.warning(AddendaPdf.RULE, Location.path(source, c.line().where()),
                c.action().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + c.kind().xmlName() + " at "
                        + c.target().level() + " " + shown(c.target()) + " not applied, " + why + ": " + c.text()));
    }

    private static String shown(TabularAddenda.Target t) {
        return t.level().equals("code") ? new IcdCmCode(t.id()).dotted() : t.id();
    }
}

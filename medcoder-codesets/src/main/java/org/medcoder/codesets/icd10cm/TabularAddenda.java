package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.Finding;
import org.medcoder.core.IcdCmCode;

/**
 * Reads the note changes of an ICD-10-CM Tabular addenda PDF ({@code icd10cm-tabular-addenda-YYYY.pdf}) from its
 * {@linkplain AddendaPdf lines}: which note (includes, inclusion term, Excludes1/2, code first, use additional code,
 * code also, note) is added, deleted or revised at which chapter, block or code.
 *
 * <p>How a line is read: a bold line is a heading — {@code Chapter N}, the chapter or block title ending in its
 * range {@code (D80-D89)}, a code and its title, or a note heading ({@code Excludes1:}, {@code Code first} ...)
 * whose remaining text is the note's first item. A regular line indented deeper than the open note heading is an
 * item of that note; otherwise, indented deeper than the current code, it is an inclusion term of the code. A
 * {@code Revise from} line is paired with the {@code Revise to} line after it. Code titles are not read (the order
 * file gives them). Anything else is reported with its page and line, never guessed.
 */
final class TabularAddenda {

    /** Where a note is written: a chapter number, a block id ({@code D80-D89}) or a dotless code. */
    record Target(String level, String id) {
    }

    /** One note change; {@code revised} is the new text of a revision (empty otherwise). */
    record Change(AddendaPdf.Line line, AddendaPdf.Action action, Target target, NoteKind kind, String text, String revised) {
    }

    private static final String CATEGORY = "[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])";
    private static final Pattern CHAPTER = Pattern.compile("Chapter (\\d{1,2})");
    private static final Pattern RANGE_TITLE = Pattern.compile(".*\\((" + CATEGORY + "(?:\\s*-\\s*" + CATEGORY + ")?)\\)");
    private static final Pattern CODE_HEADING = Pattern.compile("(" + CATEGORY + "(?:\\.[0-9A-Z]{1,4})?)\\s+\\S.*");
    private static final Pattern NOTE_HEADING = Pattern.compile(
            "(Includes:|Excludes1:|Excludes2:|Code first|Use additional|Code also|Note:)(.*)", Pattern.CASE_INSENSITIVE);
    /** Half an indentation step: PDF positions of one level differ by a point or two. */
    private static final float DEEPER = 5f;

    private final String source;
    private final List<Change> changes = new ArrayList<>();
    private final List<Finding> notUnderstood = new ArrayList<>();
    private Target chapter;
    private Target block;
    private Target code;
    private float codeX;
    private NoteKind heading;
    private float headingX;
    private boolean afterChapterLine;
    private AddendaPdf.Line from;
    private NoteKind fromKind;
    private Target fromTarget;

    private TabularAddenda(String source) {
        this.source = source;
    }

    /** The note changes in the addenda {@code lines}; {@code source} names the PDF in findings. */
    static AddendaPdf.Read<Change> read(List<AddendaPdf.Line> lines, String source) {
        TabularAddenda t = new TabularAddenda(source);
        lines.forEach(t::line);
        t.unpairedRevision();
        return new AddendaPdf.Read<>(t.changes, t.notUnderstood);
    }

    private void line(AddendaPdf.Line l) {
        if (from != null && l.action() != AddendaPdf.Action.REVISE_TO) {
            unpairedRevision();
        }
        if (l.bold()) {
            heading(l);
        } else {
            item(l);
        }
    }

    private void heading(AddendaPdf.Line l) {
        String t = l.text();
        boolean titleOfChapter = afterChapterLine;
        afterChapterLine = false;
        heading = null;
        Matcher m;
        if ((m = CHAPTER.matcher(t)).matches()) {
            chapter = new Target("chapter", m.group(1));
            block = null;
            code = null;
            afterChapterLine = true;
        } else if ((m = NOTE_HEADING.matcher(t)).matches()) {
            heading = kind(m.group(1));
            headingX = l.x();
            String rest = m.group(2).strip();
            if (!rest.replaceAll("[\\s:,;.]", "").isEmpty()) {
                note(l, heading, rest);
            }
        } else if ((m = CODE_HEADING.matcher(t)).matches() && IcdCmCode.isWellFormed(m.group(1))) {
            code = new Target("code", IcdCmCode.parse(m.group(1)).value());
            codeX = l.x();
        } else if ((m = RANGE_TITLE.matcher(t)).matches()) {
            code = null;
            afterChapterLine = titleOfChapter && l.action() == AddendaPdf.Action.REVISE_FROM;
            if (!titleOfChapter) {
                block = new Target("block", m.group(1).replaceAll("\\s", ""));
            }
        } else {
            skip(l, "a bold line that is no chapter, block, code or note heading");
        }
    }

    private void item(AddendaPdf.Line l) {
        if (heading != null && l.x() > headingX + DEEPER) {
            note(l, heading, l.text());
        } else if (code != null && l.x() > codeX + DEEPER) {
            heading = null;
            note(l, NoteKind.INCLUSION_TERM, l.text());
        } else {
            skip(l, "a line that is neither a note item nor an inclusion term of a code");
        }
    }

    private void note(AddendaPdf.Line l, NoteKind kind, String text) {
        Target at = code != null ? code : block != null ? block : chapter;
        if (at == null) {
            skip(l, "a note before any chapter, block or code heading");
            return;
        }
        switch (l.action()) {
            case NO_CHANGE -> { }
            case ADD, DELETE -> changes.add(new Change(l, l.action(), at, kind, text, ""));
            case REVISE_FROM -> {
                from = new AddendaPdf.Line(l.page(), l.line(), l.action(), l.x(), l.bold(), text);
                fromKind = kind;
                fromTarget = at;
            }
            case REVISE_TO -> revised(l, kind, at, text);
        }
    }

    /** A revision: the text changes in place, or, when the note's kind changes, the old note goes and the new one comes. */
    private void revised(AddendaPdf.Line to, NoteKind kind, Target at, String text) {
        if (from == null || !fromTarget.equals(at)) {
            skip(to, "'Revise to' without its 'Revise from' line");
        } else if (fromKind == kind) {
            changes.add(new Change(from, AddendaPdf.Action.REVISE_FROM, at, kind, from.text(), text));
        } else {
            changes.add(new Change(from, AddendaPdf.Action.DELETE, at, fromKind, from.text(), ""));
            changes.add(new Change(to, AddendaPdf.Action.ADD, at, kind, text, ""));
        }
        from = null;
    }

    private void unpairedRevision() {
        if (from != null) {
            skip(from, "'Revise from' without a 'Revise to' line after it");
            from = null;
        }
    }

    private void skip(AddendaPdf.Line l, String why) {
        notUnderstood.add(AddendaPdf.notUnderstood(source, l, why));
    }

    private static NoteKind kind(String heading) {
        return switch (heading.toLowerCase(Locale.ROOT)) {
            case "includes:" -> NoteKind.INCLUDES;
            case "excludes1:" -> NoteKind.EXCLUDES1;
            case "excludes2:" -> NoteKind.EXCLUDES2;
            case "code first" -> NoteKind.CODE_FIRST;
            case "use additional" -> NoteKind.USE_ADDITIONAL_CODE;
            case "code also" -> NoteKind.CODE_ALSO;
            default -> NoteKind.NOTE;
        };
    }
}

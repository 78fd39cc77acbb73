package org.medcoder.codesets.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.codesets.TabularNote;
import org.medcoder.codesets.internal.SourceStreams;
import org.medcoder.codesets.internal.XmlCursor;
import org.medcoder.core.IcdCmCode;

/**
 * Streams the official ICD-10-CM Tabular List XML ({@code ICD10CM.tabular}, CDC schema
 * {@code icd10cm_tabular.xsd}) into {@link TabularData}: chapters, sections (blocks), and every note container
 * of each {@code diag} with its {@code sevenChrDef}. StAX, never DOM: the file is ~9.5 MB.
 */
public final class TabularXmlReader {

    /** The tabular member/file name, e.g. {@code icd10cm_tabular_2023.xml}. */
    public static final Pattern NAME = Pattern.compile("icd-?10-?cm[_-]tabular[_-](\\d{4})\\.xml(\\.gz)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern CHAPTER_RANGE = Pattern.compile("\\(([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])\\)\\s*$");

    private final String source;
    private final XmlCursor x;
    private final List<TabularData.ChapterNotes> chapters = new ArrayList<>();
    private final List<TabularData.BlockNotes> blocks = new ArrayList<>();
    private final Map<String, List<TabularNote>> notesByCode = new HashMap<>(64_000);
    private final Map<String, List<SeventhCharacter>> seventhByCode = new HashMap<>(1024);
    private final java.util.Set<String> codes = new java.util.HashSet<>(64_000);
    private int fiscalYear;

    private TabularXmlReader(XmlCursor x, String fileName, int nameYear) {
        this.x = x;
        this.fiscalYear = nameYear;
        this.source = fileName;
    }

    /** Reads the tabular file at {@code file} (plain, gzip or zip member); {@code displayName} names it in errors. */
    public static TabularData read(Path file, String displayName) {
        try (InputStream in = SourceStreams.open(file, NAME, displayName)) {
            return read(in, displayName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    /** Reads a tabular XML stream; {@code displayName} names the file in errors and in each note's source. */
    public static TabularData read(InputStream in, String displayName) {
        String base = SourceStreams.baseName(displayName.replaceFirst("!.*$", "").replaceFirst("\\.gz$", ""));
        if (displayName.contains("!")) {
            base = SourceStreams.baseName(displayName.substring(displayName.indexOf('!') + 1));
        }
        Matcher m = NAME.matcher(base);
        int year = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        try (XmlCursor x = XmlCursor.elements(in, displayName)) {
            return new TabularXmlReader(x, base, year).document();
        }
    }

    private TabularData document() {
        if (!"ICD10CM.tabular".equals(x.root())) {
            throw x.error("not an ICD-10-CM Tabular file (root element is not ICD10CM.tabular)", null);
        }
        for (String e; (e = x.nextChild()) != null; ) {
            switch (e) {
                case "version" -> fiscalYear = parseYear(x.text());
                case "chapter" -> chapter();
                default -> x.skip();
            }
        }
        if (chapters.isEmpty()) {
            throw x.error("no chapters in the Tabular file", null);
        }
        String src = source + " (FY" + fiscalYear + ")";
        return new TabularData(fiscalYear, src, chapters, blocks, notesByCode, seventhByCode, codes);
    }

    private int parseYear(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw x.error("version is not a year: '" + text + "'", e);
        }
    }

    private int chapterNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw x.error("chapter name is not a number: '" + text + "'", e);
        }
    }

    private String src() {
        return source + " (FY" + fiscalYear + ")";
    }

    private void chapter() {
        int number = 0;
        String title = "";
        List<TabularNote> notes = new ArrayList<>();
        for (String e; (e = x.nextChild()) != null; ) {
            switch (e) {
                case "name" -> number = chapterNumber(x.text());
                case "desc" -> title = x.text();
                case "section" -> section(number);
                default -> {
                    if (!noteContainer(e, notes, null)) {
                        x.skip();
                    }
                }
            }
        }
        Matcher m = CHAPTER_RANGE.matcher(title);
        if (!m.find()) {
            throw x.error("chapter " + number + " title has no code range: '" + title + "'", null);
        }
        CodeRange range = new CodeRange(IcdCmCode.parse(m.group(1)), IcdCmCode.parse(m.group(2)));
        chapters.add(new TabularData.ChapterNotes(new Chapter(number, title, range), notes));
    }

    private void section(int chapter) {
        String id = x.attribute("id");
        String[] ends = id.split("-");
        if (ends.length < 1 || ends.length > 2 || !IcdCmCode.isWellFormed(ends[0])) {
            throw x.error("section id is not a code range: '" + id + "'", null);
        }
        CodeRange range = new CodeRange(IcdCmCode.parse(ends[0]), IcdCmCode.parse(ends[ends.length - 1]));
        String title = "";
        List<TabularNote> notes = new ArrayList<>();
        for (String e; (e = x.nextChild()) != null; ) {
            switch (e) {
                case "desc" -> title = x.text();
                case "diag" -> diag();
                default -> {
                    if (!noteContainer(e, notes, null)) {
                        x.skip();
                    }
                }
            }
        }
        blocks.add(new TabularData.BlockNotes(new Block(id, title, range), chapter, notes));
    }

    private void diag() {
        String code = null;
        List<TabularNote> notes = new ArrayList<>(0);
        List<SeventhCharacter> seventh = new ArrayList<>(0);
        for (String e; (e = x.nextChild()) != null; ) {
            switch (e) {
                case "name" -> code = diagName(x.text());
                case "desc" -> {
                    codes.add(requireName(code));
                    x.skip();
                }
                case "diag" -> diag();
                case "sevenChrDef" -> sevenChrDef(seventh);
                default -> {
                    if (!noteContainer(e, notes, code)) {
                        x.skip();
                    }
                }
            }
        }
        String c = requireName(code);
        if (!notes.isEmpty()) {
            notesByCode.put(c, List.copyOf(notes));
        }
        if (!seventh.isEmpty()) {
            seventhByCode.put(c, List.copyOf(seventh));
        }
    }

    private String diagName(String text) {
        if (!IcdCmCode.isWellFormed(text)) {
            throw x.error("diag name is not an ICD-10-CM code: '" + text + "'", null);
        }
        return IcdCmCode.parse(text).value();
    }

    private String requireName(String code) {
        if (code == null) {
            throw x.error("diag without a name before its content", null);
        }
        return code;
    }

    /** Reads a note container such as {@code excludes1} into {@code notes}; false when {@code e} is not one. */
    private boolean noteContainer(String e, List<TabularNote> notes, String code) {
        NoteKind kind = KINDS.get(e);
        if (kind == null) {
            return false;
        }
        for (String n; (n = x.nextChild()) != null; ) {
            if (n.equals("note")) {
                String text = x.text();
                notes.add(new TabularNote(kind, text, NoteReferences.parse(text), src()));
            } else {
                x.skip();
            }
        }
        return true;
    }

    private void sevenChrDef(List<SeventhCharacter> out) {
        for (String e; (e = x.nextChild()) != null; ) {
            if (e.equals("extension")) {
                String ch = x.attribute("char");
                if (ch.length() != 1) {
                    throw x.error("extension char must be one character: '" + ch + "'", null);
                }
                out.add(new SeventhCharacter(ch.charAt(0), x.text()));
            } else if (e.equals("note") && !out.isEmpty()) {
                // A note inside sevenChrDef adds a synonym to the extension before it (e.g. S72 "B": open fracture NOS).
                SeventhCharacter last = out.remove(out.size() - 1);
                out.add(new SeventhCharacter(last.character(), last.meaning() + "; " + x.text()));
            } else {
                x.skip();
            }
        }
    }

    private static final Map<String, NoteKind> KINDS = new HashMap<>();

    static {
        for (NoteKind k : NoteKind.values()) {
            KINDS.put(k.xmlName(), k);
        }
    }
}

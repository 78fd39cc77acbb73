package org.medcoder.codesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medcoder.core.IcdCmCode;

/**
 * What a coder sees when looking a code up in one release: title, billable or header (with the billable codes
 * below a header), the hierarchy up to the chapter, every note that applies with where it is written and which
 * file it came from, and the 7th characters when they apply.
 *
 * @param code             the code with its dot
 * @param title            the long title
 * @param shortTitle       the short title
 * @param billable         valid for HIPAA transactions
 * @param release          the release used, e.g. {@code FY2027}
 * @param releaseDerived   whether that release is derived (not an official file set)
 * @param hierarchy        chapter, block, category, subcategories, the code: top first
 * @param billableBelow    for a header: the billable codes below it (empty for a billable code)
 * @param notes            every note that applies, chapter first, each with where it comes from
 * @param seventhFrom      the code whose 7th-character definition applies ({@code S72}), or empty
 * @param seventhCharacters the 7th characters that apply (empty when none)
 */
public record IcdCmLookup(String code, String title, String shortTitle, boolean billable, String release,
        boolean releaseDerived, List<Level> hierarchy, List<CodeTitle> billableBelow, List<Note> notes, String seventhFrom,
        List<SeventhCharacter> seventhCharacters) {

    public IcdCmLookup {
        Objects.requireNonNull(code, "code");
        hierarchy = List.copyOf(hierarchy);
        billableBelow = List.copyOf(billableBelow);
        notes = List.copyOf(notes);
        seventhCharacters = List.copyOf(seventhCharacters);
    }

    /** One level of the hierarchy: {@code chapter 4}, {@code block E08-E13}, {@code category E11} ... */
    public record Level(String level, String id, String title) {
    }

    /**
     * One applying note.
     *
     * @param kind       the note kind as the Tabular XML names it ({@code excludes1}, {@code useAdditionalCode} ...)
     * @param text       the note text as published
     * @param level      where it is written: chapter, block, category, subcategory or code
     * @param at         the chapter number, block id or code it is written on
     * @param source     the file and fiscal year it came from
     * @param references the codes and ranges it names
     */
    public record Note(String kind, String text, String level, String at, String source, List<String> references) {
        public Note {
            references = List.copyOf(references);
        }
    }

    /**
     * The lookup of {@code code} in {@code release}.
     *
     * @throws IllegalArgumentException naming the code and release when the release does not have it
     */
    public static IcdCmLookup of(IcdCmRelease release, IcdCmCode code) {
        IcdCmEntry e = release.entry(code).orElseThrow(() -> new IllegalArgumentException(
                code.dotted() + " is not an ICD-10-CM code in " + release.info().version()));
        List<Level> levels = new ArrayList<>();
        release.chapterOf(code).ifPresent(c -> levels.add(new Level("chapter", String.valueOf(c.number()), c.title())));
        release.blockOf(code).ifPresent(b -> levels.add(new Level("block", b.id(), b.title())));
        List<IcdCmEntry> lineage = release.lineage(code);
        for (IcdCmEntry l : lineage) {
            String level = l.code().value().length() == 3 ? "category" : l.equals(e) ? "code" : "subcategory";
            levels.add(new Level(level, l.code().dotted(), l.longTitle()));
        }
        List<CodeTitle> below = e.billable() ? List.of()
                : release.descendants(code).stream().filter(IcdCmEntry::billable).map(CodeTitle::of).toList();
        List<Note> notes = release.notes(code).stream().map(n -> new Note(n.note().kind().xmlName(), n.note().text(),
                n.level(), n.at(), n.note().source(), n.note().references().stream().map(CodeRange::toString).toList())).toList();
        String from = release.seventhCharacterSource(code).map(IcdCmCode::dotted).orElse("");
        return new IcdCmLookup(e.code().dotted(), e.longTitle(), e.shortTitle(), e.billable(), release.info().version(),
                release.info().derived(), levels, below, notes, from, release.seventhCharacters(code));
    }
}

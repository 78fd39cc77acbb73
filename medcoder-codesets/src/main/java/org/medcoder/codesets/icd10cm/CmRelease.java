package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.codesets.TabularNote;
import org.medcoder.core.IcdCmCode;

/**
 * One assembled ICD-10-CM release: the code list of its fiscal year (authoritative for validity) with the
 * notes, 7th-character definitions and indexes of the newest XML laid over it by code.
 *
 * <p>Design: entries are held in tabular order in a {@link CodeList} with a hash index from code to row, so an exact lookup is
 * one hash probe. Notes are not copied per code: a code's notes are those written on each of its prefixes
 * (category, subcategories, itself), plus its block and chapter. That is how the Tabular's conventions work
 * (Guideline I.A.12 and I.B.1: a note at a category applies to every code below it), and it lets a code added
 * after the XML's year inherit the notes of its ancestors that the XML has.
 */
public final class CmRelease implements IcdCmRelease {

    private final ReleaseInfo info;
    private final CodeList entries;
    private final TabularData tabular;
    private final TreeMap<String, TabularData.BlockNotes> blocksByFirst = new TreeMap<>();
    private final Map<Integer, TabularData.ChapterNotes> chaptersByNumber = new HashMap<>();
    private final Map<String, TabularData.BlockNotes> blockOfCategory = new HashMap<>();
    private final IndexBook index;
    private final IndexBook neoplasm;
    private final IndexBook drug;
    private final IndexBook externalCause;
    private final ConversionTable conversion;

    /** A release of these entries (tabular order) with the given notes and indexes. */
    public CmRelease(ReleaseInfo info, List<IcdCmEntry> entries, TabularData tabular, IndexBook index, IndexBook neoplasm,
            IndexBook drug, IndexBook externalCause, ConversionTable conversion) {
        this.info = info;
        this.entries = CodeList.of(entries);
        this.tabular = tabular;
        for (TabularData.BlockNotes b : tabular.blocks()) {
            blocksByFirst.putIfAbsent(b.block().range().first().value(), b);
        }
        for (TabularData.ChapterNotes c : tabular.chapters()) {
            chaptersByNumber.put(c.chapter().number(), c);
        }
        placeCategories();
        this.index = index;
        this.neoplasm = neoplasm;
        this.drug = drug;
        this.externalCause = externalCause;
        this.conversion = conversion;
    }

    private CmRelease(CmRelease from, ReleaseInfo info) {
        this.info = info;
        this.entries = from.entries;
        this.tabular = from.tabular;
        this.blocksByFirst.putAll(from.blocksByFirst);
        this.chaptersByNumber.putAll(from.chaptersByNumber);
        this.blockOfCategory.putAll(from.blockOfCategory);
        this.index = from.index;
        this.neoplasm = from.neoplasm;
        this.drug = from.drug;
        this.externalCause = from.externalCause;
        this.conversion = from.conversion;
    }

    /** The same content with another description (used once counts and mismatches are known); shares the maps. */
    public CmRelease withInfo(ReleaseInfo newInfo) {
        return new CmRelease(this, newInfo);
    }

    @Override
    public ReleaseInfo info() {
        return info;
    }

    @Override
    public Optional<IcdCmEntry> entry(IcdCmCode code) {
        return entries.entry(code.value());
    }

    /** Whether the release has the code (header or billable), by its dotless text; the fast path for validators. */
    public boolean has(String dotless) {
        return entries.contains(dotless);
    }

    @Override
    public List<IcdCmEntry> children(IcdCmCode code) {
        int i = entries.indexOf(code.value());
        if (i < 0) {
            return List.of();
        }
        List<IcdCmEntry> out = new ArrayList<>();
        for (IcdCmEntry d : descendantsFrom(i)) {
            if (nearestAncestor(d.code().value()).equals(code.value())) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<IcdCmEntry> descendants(IcdCmCode code) {
        int i = entries.indexOf(code.value());
        return i < 0 ? List.of() : descendantsFrom(i);
    }

    private List<IcdCmEntry> descendantsFrom(int i) {
        String c = entries.get(i).code().value();
        int j = i + 1;
        // The order file lists a code's descendants right after it (tabular order).
        while (j < entries.size() && entries.codeAt(j, c, false)) {
            j++;
        }
        return entries.subList(i + 1, j);
    }

    private String nearestAncestor(String c) {
        for (int len = c.length() - 1; len >= 3; len--) {
            if (entries.contains(c.substring(0, len))) {
                return c.substring(0, len);
            }
        }
        return "";
    }

    @Override
    public List<IcdCmEntry> lineage(IcdCmCode code) {
        String c = code.value();
        if (!entries.contains(c)) {
            return List.of();
        }
        List<IcdCmEntry> out = new ArrayList<>(5);
        for (int len = 3; len <= c.length(); len++) {
            int i = entries.indexOf(c.substring(0, len));
            if (i >= 0) {
                out.add(entries.get(i));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<Chapter> chapterOf(IcdCmCode code) {
        return chapterNotesOf(code).map(TabularData.ChapterNotes::chapter);
    }

    private Optional<TabularData.ChapterNotes> chapterNotesOf(IcdCmCode code) {
        Optional<TabularData.BlockNotes> b = blockNotesOf(code);
        if (b.isPresent() && chaptersByNumber.containsKey(b.get().chapter())) {
            return Optional.of(chaptersByNumber.get(b.get().chapter()));
        }
        for (TabularData.ChapterNotes c : tabular.chapters()) {
            if (c.chapter().range().contains(code.category())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Block> blockOf(IcdCmCode code) {
        return blockNotesOf(code).map(TabularData.BlockNotes::block);
    }

    /**
     * The block of every category of the code list. A category the Tabular's block ranges do not cover (added after
     * the Tabular's year, e.g. I1A after the FY2023 block I10-I16) belongs to the block of the category before it in
     * tabular order, as the order file places it there.
     */
    private void placeCategories() {
        TabularData.BlockNotes previous = null;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.codeLength(i) == 3) { // a category; only these rows are decoded here
                IcdCmEntry e = entries.get(i);
                String c = e.code().value();
                TabularData.BlockNotes b = blockByRange(e.code()).orElse(previous);
                if (b != null) {
                    blockOfCategory.put(c, b);
                }
                previous = b;
            }
        }
    }

    private Optional<TabularData.BlockNotes> blockNotesOf(IcdCmCode code) {
        TabularData.BlockNotes placed = blockOfCategory.get(code.category().value());
        return placed != null ? Optional.of(placed) : blockByRange(code);
    }

    private Optional<TabularData.BlockNotes> blockByRange(IcdCmCode code) {
        IcdCmCode cat = code.category();
        var floor = blocksByFirst.floorEntry(cat.value());
        if (floor != null && floor.getValue().block().range().contains(cat)) {
            return Optional.of(floor.getValue());
        }
        for (TabularData.BlockNotes b : tabular.blocks()) {
            if (b.block().range().contains(cat)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<AppliedNote> notes(IcdCmCode code) {
        String c = code.value();
        List<AppliedNote> out = new ArrayList<>();
        chapterNotesOf(code).ifPresent(ch -> {
            for (TabularNote n : ch.notes()) {
                out.add(new AppliedNote(n, "chapter", String.valueOf(ch.chapter().number())));
            }
        });
        blockNotesOf(code).ifPresent(b -> {
            for (TabularNote n : b.notes()) {
                out.add(new AppliedNote(n, "block", b.block().id()));
            }
        });
        for (int len = 3; len <= c.length(); len++) {
            String p = c.substring(0, len);
            List<TabularNote> written = tabular.notesByCode().get(p);
            if (written != null) {
                String level = len == 3 ? "category" : len == c.length() ? "code" : "subcategory";
                String at = new IcdCmCode(p).dotted();
                for (TabularNote n : written) {
                    out.add(new AppliedNote(n, level, at));
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<SeventhCharacter> seventhCharacters(IcdCmCode code) {
        return seventhCharacterSource(code).map(c -> tabular.seventhByCode().get(c.value())).orElse(List.of());
    }

    @Override
    public Optional<IcdCmCode> seventhCharacterSource(IcdCmCode code) {
        String c = code.value();
        for (int len = Math.min(c.length(), 6); len >= 3; len--) {
            if (tabular.seventhByCode().containsKey(c.substring(0, len))) {
                return Optional.of(new IcdCmCode(c.substring(0, len)));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<IcdCmCode> replacedBy(IcdCmCode earlierCode) {
        List<IcdCmCode> out = new ArrayList<>();
        for (String c : conversion.replacements(earlierCode.value())) {
            if (entries.contains(c)) {
                out.add(new IcdCmCode(c));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean addedSinceNotes(IcdCmCode code) {
        String c = code.value();
        if (tabular.codes().isEmpty() || !entries.contains(c) || tabular.codes().contains(c)) {
            return false;
        }
        // Codes with a 7th character are not listed in the XML: their base (placeholders X dropped) is.
        if (c.length() == 7 && seventhCharacterSource(code).isPresent()) {
            String base = c.substring(0, 6);
            while (base.endsWith("X")) {
                base = base.substring(0, base.length() - 1);
            }
            return !tabular.codes().contains(base);
        }
        return true;
    }

    /** The conversion table this release forwards earlier codes with. */
    public ConversionTable conversion() {
        return conversion;
    }

    @Override
    public List<IcdCmEntry> entries() {
        return entries;
    }

    /** The tabular notes this release was assembled with. */
    public TabularData tabular() {
        return tabular;
    }

    @Override
    public AlphabeticIndex index() {
        return index;
    }

    @Override
    public AlphabeticIndex neoplasmTable() {
        return neoplasm;
    }

    @Override
    public AlphabeticIndex drugTable() {
        return drug;
    }

    @Override
    public AlphabeticIndex externalCauseIndex() {
        return externalCause;
    }

    @Override
    public String toString() {
        return "ICD-10-CM " + info.version() + " (" + info.period() + ")";
    }
}

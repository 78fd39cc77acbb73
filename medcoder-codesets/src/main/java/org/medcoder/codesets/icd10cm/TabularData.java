package org.medcoder.codesets.icd10cm;

import java.util.List;
import java.util.Map;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.codesets.TabularNote;

/**
 * The content of one Tabular List XML file, keyed by code so that it can be laid over a newer code list: the
 * notes and 7th-character definitions written at each chapter, block and code, and the codes the file has.
 *
 * @param fiscalYear   the file's own year ({@code <version>})
 * @param source       how notes name their origin, e.g. {@code icd10cm_tabular_2023.xml (FY2023)}
 * @param chapters     chapters in order, with the notes written on them
 * @param blocks       blocks (sections) in order, with the notes written on them
 * @param notesByCode  notes written on each category, subcategory or code (codes with dots removed)
 * @param seventhByCode 7th-character definitions written on a code (they apply to every code below it)
 * @param codes        every code the file lists (dotless)
 */
public record TabularData(int fiscalYear, String source, List<ChapterNotes> chapters, List<BlockNotes> blocks,
        Map<String, List<TabularNote>> notesByCode, Map<String, List<SeventhCharacter>> seventhByCode,
        java.util.Set<String> codes) {

    public TabularData {
        chapters = List.copyOf(chapters);
        blocks = List.copyOf(blocks);
        // HashMap, not Map.copyOf: these maps hold ~45,000 codes and are probed on every lookup and at start-up.
        notesByCode = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(notesByCode));
        seventhByCode = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(seventhByCode));
        // A LazyCodeSet (read from a snapshot) is unmodifiable already; copying it would decode it at start-up.
        codes = codes instanceof LazyCodeSet ? codes : java.util.Collections.unmodifiableSet(new java.util.HashSet<>(codes));
    }

    /** A chapter and the notes written on it. */
    public record ChapterNotes(Chapter chapter, List<TabularNote> notes) {
        public ChapterNotes {
            notes = List.copyOf(notes);
        }
    }

    /** A block and the notes written on it. */
    public record BlockNotes(Block block, int chapter, List<TabularNote> notes) {
        public BlockNotes {
            notes = List.copyOf(notes);
        }
    }
}

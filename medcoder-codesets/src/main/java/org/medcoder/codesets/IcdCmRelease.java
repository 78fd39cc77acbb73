package org.medcoder.codesets;

import java.util.List;
import java.util.Optional;
import org.medcoder.core.IcdCmCode;

/**
 * One immutable ICD-10-CM release: which codes exist and are billable for its effective period, the Tabular
 * List hierarchy with every instructional note, and the indexes and tables. The code list is authoritative for
 * validity; notes and index may come from an older file, and their provenance says so.
 */
public interface IcdCmRelease {

    /** What this release is and where it came from. */
    ReleaseInfo info();

    /** The Tabular entry (category, subcategory or code; header or billable), if the release has it. */
    Optional<IcdCmEntry> entry(IcdCmCode code);

    /** Whether the code exists and is billable in this release. */
    default boolean isBillable(IcdCmCode code) {
        return entry(code).map(IcdCmEntry::billable).orElse(false);
    }

    /** The entries directly below the code, in tabular order (empty for a billable leaf). */
    List<IcdCmEntry> children(IcdCmCode code);

    /** The entries from the category down to the code itself, top first (empty when the code is unknown). */
    List<IcdCmEntry> lineage(IcdCmCode code);

    /** The chapter the code belongs to. */
    Optional<Chapter> chapterOf(IcdCmCode code);

    /** The block (section) the code belongs to. */
    Optional<Block> blockOf(IcdCmCode code);

    /**
     * Every instructional note that applies to the code: written on it or inherited from its parents, category,
     * block and chapter, chapter first.
     */
    List<AppliedNote> notes(IcdCmCode code);

    /** The 7th characters the classification allows for codes below {@code code} (empty when none apply). */
    List<SeventhCharacter> seventhCharacters(IcdCmCode code);

    /**
     * Every entry below the code (not the code itself), in tabular order; empty for a leaf or an unknown code.
     * The default walks {@link #children}; releases may answer faster.
     */
    default List<IcdCmEntry> descendants(IcdCmCode code) {
        List<IcdCmEntry> out = new java.util.ArrayList<>();
        for (IcdCmEntry c : children(code)) {
            out.add(c);
            out.addAll(descendants(c.code()));
        }
        return List.copyOf(out);
    }

    /**
     * The code whose 7th-character definition applies to {@code code}: itself or its nearest ancestor that has a
     * {@code sevenChrDef} (Guideline I.A.5); empty when no 7th character applies.
     */
    default Optional<IcdCmCode> seventhCharacterSource(IcdCmCode code) {
        return Optional.empty();
    }

    /**
     * The codes of this release that replaced an earlier code, from the CDC conversion table (e.g. an index target
     * of an older index that was expanded or deleted since); empty when the table has no row for it.
     */
    default List<IcdCmCode> replacedBy(IcdCmCode earlierCode) {
        return List.of();
    }

    /**
     * Whether the code was added after the Tabular List XML this release's notes and Alphabetic Index come from
     * (e.g. R10.A2, new in FY2024, over the FY2023 XML): no index entry can point to it, so an encoder reaches it
     * only through the titles of its category. False when unknown.
     */
    default boolean addedSinceNotes(IcdCmCode code) {
        return false;
    }

    /** Every entry in tabular order. */
    List<IcdCmEntry> entries();

    /** The Alphabetic Index of Diseases and Injuries. */
    AlphabeticIndex index();

    /** The Neoplasm table (columns: malignant primary, secondary, ca in situ, benign, uncertain, unspecified). */
    AlphabeticIndex neoplasmTable();

    /**
     * The Table of Drugs and Chemicals (columns: poisoning accidental, intentional self-harm, assault,
     * undetermined, adverse effect, underdosing).
     */
    AlphabeticIndex drugTable();

    /** The Index to External Causes. */
    AlphabeticIndex externalCauseIndex();
}

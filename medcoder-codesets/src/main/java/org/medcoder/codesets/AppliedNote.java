package org.medcoder.codesets;

import java.util.Objects;

/**
 * A tabular note that applies to a code, with the level it is written at: notes at a chapter, block
 * (section) or category apply to every code below it (Guideline I.A.12 and the Tabular's conventions).
 *
 * @param note  the note
 * @param level {@code chapter}, {@code block}, {@code category}, {@code subcategory} or {@code code}
 * @param at    where it is written: a chapter number ({@code 4}), a block ({@code E08-E13}) or a code ({@code E11})
 */
public record AppliedNote(TabularNote note, String level, String at) {

    public AppliedNote {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the note is written on the code itself rather than inherited from above. */
    public boolean isOwn(String code) {
        return at.equals(code);
    }
}

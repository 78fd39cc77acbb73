package org.medcoder.codesets;

import java.util.List;
import java.util.Objects;

/**
 * One instructional note as printed in the Tabular List, with the code ranges it refers to parsed out.
 *
 * @param kind       the kind of note
 * @param text       the note text exactly as published
 * @param references codes or ranges named in the text (empty when it names none)
 * @param source     the file and fiscal year it came from, e.g. {@code icd10cm_tabular_2023.xml (FY2023)}
 */
public record TabularNote(NoteKind kind, String text, List<CodeRange> references, String source) {

    public TabularNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        references = List.copyOf(references);
        Objects.requireNonNull(source, "source");
    }
}

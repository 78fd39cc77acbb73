package org.medcoder.codesets;

import java.util.List;
import java.util.Objects;

/**
 * A main term or subterm of the Alphabetic Index, the Neoplasm table, the Table of Drugs and Chemicals or the
 * External Cause index, as published. Absent values are empty strings, never null.
 *
 * @param title                  the term, e.g. {@code Diabetes, diabetic} or {@code with}
 * @param nonessentialModifiers  the words in parentheses that do not change the code (Guideline I.A.7)
 * @param code                   the code it points to as printed, possibly incomplete ({@code E11.2-}), or empty
 * @param manifestationCode      the code in brackets, never sequenced first (I.A.13), or empty
 * @param see                    the "see" cross-reference, or empty
 * @param seeAlso                the "see also" cross-reference, or empty
 * @param seeCategory            the "see category" / "see subcategory" target, or empty
 * @param cells                  for the Neoplasm and Drug tables: one code per table column after the term
 *                               ("" where the cell is blank or "--"); empty for the index
 * @param subterms               subterms one level down, in published order
 */
public record IndexTerm(String title, List<String> nonessentialModifiers, String code, String manifestationCode,
        String see, String seeAlso, String seeCategory, List<String> cells, List<IndexTerm> subterms) {

    public IndexTerm {
        Objects.requireNonNull(title, "title");
        nonessentialModifiers = List.copyOf(nonessentialModifiers);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(manifestationCode, "manifestationCode");
        Objects.requireNonNull(see, "see");
        Objects.requireNonNull(seeAlso, "seeAlso");
        Objects.requireNonNull(seeCategory, "seeCategory");
        cells = List.copyOf(cells);
        subterms = List.copyOf(subterms);
    }
}

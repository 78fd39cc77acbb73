package org.medcoder.codesets;

import java.util.List;
import java.util.Optional;

/**
 * One index of ICD-10-CM as published: the Alphabetic Index of Diseases and Injuries, the Neoplasm table, the
 * Table of Drugs and Chemicals, or the External Cause index.
 */
public interface AlphabeticIndex {

    /** The table's column headings after the term column (Neoplasm, Drug tables); empty for an index. */
    List<String> columns();

    /** Every main term in published order. */
    List<IndexTerm> mainTerms();

    /**
     * The main term with this title, matched ignoring case, punctuation and surrounding blanks
     * ({@code "diabetes"} finds {@code "Diabetes, diabetic"} only through its exact title or its first word).
     */
    Optional<IndexTerm> mainTerm(String title);

    /** The file and fiscal year this index came from, e.g. {@code icd10cm_index_2023.xml (FY2023)}. */
    String source();
}

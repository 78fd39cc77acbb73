package org.medcoder.codesets;

/** The kinds of instructional note in the ICD-10-CM Tabular List, as the official XML schema names them. */
public enum NoteKind {
    /** {@code inclusionTerm}: conditions classified to the code (Guideline I.A.11). */
    INCLUSION_TERM("inclusionTerm"),
    /** {@code includes}: further defines or gives examples of the content (I.A.11). */
    INCLUDES("includes"),
    /** {@code excludes1}: NOT CODED HERE — the two conditions are never coded together (I.A.12.a). */
    EXCLUDES1("excludes1"),
    /** {@code excludes2}: not included here — both may be coded when both are present (I.A.12.b). */
    EXCLUDES2("excludes2"),
    /** {@code codeFirst}: the underlying condition is sequenced first (I.A.13). */
    CODE_FIRST("codeFirst"),
    /** {@code useAdditionalCode}: add a code for the manifestation or detail (I.A.13). */
    USE_ADDITIONAL_CODE("useAdditionalCode"),
    /** {@code codeAlso}: two codes may be needed, sequence by circumstances (I.A.17). */
    CODE_ALSO("codeAlso"),
    /** {@code notes}: other instructional notes. */
    NOTE("notes"),
    /** {@code sevenChrNote}: the note that introduces a 7th-character table (I.A.5). */
    SEVENTH_CHARACTER_NOTE("sevenChrNote");

    private final String xmlName;

    NoteKind(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The element name in the official Tabular XML. */
    public String xmlName() {
        return xmlName;
    }
}

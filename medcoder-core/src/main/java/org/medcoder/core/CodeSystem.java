package org.medcoder.core;

/** A code system medcoder knows: the classification a code belongs to. */
public enum CodeSystem {
    /** ICD-10-CM diagnoses (CDC/NCHS). */
    ICD10CM("icd10cm"),
    /** ICD-10-PCS inpatient procedures (CMS). */
    ICD10PCS("icd10pcs"),
    /** HCPCS Level II (CMS). */
    HCPCS("hcpcs"),
    /** CPT (AMA); codes only, descriptions from a file the user licenses. */
    CPT("cpt");

    private final String id;

    CodeSystem(String id) {
        this.id = id;
    }

    /** The short lower-case name used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** Parses the short name ({@code icd10cm}, {@code icd10pcs}, {@code hcpcs}, {@code cpt}). */
    public static CodeSystem of(String id) {
        for (CodeSystem s : values()) {
            if (s.id.equalsIgnoreCase(id) || s.name().equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown code system '" + id + "' (expected icd10cm, icd10pcs, hcpcs or cpt)");
    }
}

package org.medcoder.claims.x12;

import java.util.Locale;

/** The X12 5010 implementation guides (TR3) medcoder writes, with the schema file that describes each. */
public enum X12Guide {
    /** Health Care Claim: Professional, 005010X222A1. */
    PROFESSIONAL_837P("837", "005010X222A1", "x12/837P-005010X222A1.xml"),
    /** Health Care Claim: Institutional, 005010X223A2. */
    INSTITUTIONAL_837I("837", "005010X223A2", "x12/837I-005010X223A2.xml");

    private final String transactionSet;
    private final String reference;
    private final String schemaResource;

    X12Guide(String transactionSet, String reference, String schemaResource) {
        this.transactionSet = transactionSet;
        this.reference = reference;
        this.schemaResource = schemaResource;
    }

    /** The transaction set identifier (ST01), e.g. {@code 837}. */
    public String transactionSet() {
        return transactionSet;
    }

    /** The implementation convention reference (GS08, ST03), e.g. {@code 005010X222A1}. */
    public String reference() {
        return reference;
    }

    /** The class-path resource of the StAEDI implementation schema. */
    public String schemaResource() {
        return schemaResource;
    }

    /** The guide of an implementation convention reference ({@code 005010X222A1}) or a format name ({@code 837p}). */
    public static X12Guide of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (X12Guide g : values()) {
            if (g.reference.equals(t) || g.name().endsWith("_" + t)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown X12 guide '" + text + "' (837p, 837i, 005010X222A1 or 005010X223A2)");
    }
}

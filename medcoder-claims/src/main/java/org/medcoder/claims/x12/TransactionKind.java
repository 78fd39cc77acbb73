package org.medcoder.claims.x12;

import java.util.Optional;

/**
 * The HIPAA 5010 transaction sets medcoder reads and writes, each with its implementation guide (TR3) and the
 * StAEDI schema medcoder wrote for it.
 */
public enum TransactionKind {
    /** 835 Health Care Claim Payment/Advice. */
    REMITTANCE_835("835", "005010X221A1", "x12/835-005010X221A1.xml"),
    /** 837 Health Care Claim: Professional. */
    PROFESSIONAL_837P("837", "005010X222A1", "x12/837P-005010X222A1.xml"),
    /** 837 Health Care Claim: Institutional. */
    INSTITUTIONAL_837I("837", "005010X223A2", "x12/837I-005010X223A2.xml");

    private final String transactionSetId;
    private final String implementation;
    private final String schemaResource;

    TransactionKind(String transactionSetId, String implementation, String schemaResource) {
        this.transactionSetId = transactionSetId;
        this.implementation = implementation;
        this.schemaResource = schemaResource;
    }

    /** ST01, e.g. {@code 835}. */
    public String transactionSetId() {
        return transactionSetId;
    }

    /** The implementation convention reference (ST03/GS08), e.g. {@code 005010X221A1}. */
    public String implementation() {
        return implementation;
    }

    /** The class-path resource of the StAEDI schema. */
    public String schemaResource() {
        return schemaResource;
    }

    /**
     * The kind of a transaction set from ST01 and its implementation reference (ST03, else GS08). Errata
     * releases of one guide (X222A1/A2, X223A2/A3) share a kind; 4010-era and unknown guides have none.
     */
    public static Optional<TransactionKind> detect(String st01, String implementationReference) {
        String ref = implementationReference == null ? "" : implementationReference.strip();
        for (TransactionKind kind : values()) {
            String guide = kind.implementation.substring(0, 10);
            if (kind.transactionSetId.equals(st01) && ref.startsWith(guide)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

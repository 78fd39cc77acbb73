package org.medcoder.claims.remit;

import java.util.Objects;

/**
 * A payer, payee or patient named on a remittance (N1 in loops 1000A/1000B, NM1*QC in loop 2100).
 *
 * @param entityCode  X12 entity identifier: {@code PR} payer, {@code PE} payee, {@code QC} patient
 * @param name        the organisation name, or "last, first" for a person; empty when not sent
 * @param idQualifier how {@code id} is to be read ({@code XX} NPI, {@code FI} tax id, {@code MI} member id ...); empty when absent
 * @param id          the identifier; empty when absent
 */
public record Party(String entityCode, String name, String idQualifier, String id) {

    /** No party: used when the 835 leaves a party out. */
    public static final Party NONE = new Party("", "", "", "");

    public Party {
        Objects.requireNonNull(entityCode, "entityCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idQualifier, "idQualifier");
        Objects.requireNonNull(id, "id");
    }
}

package org.medcoder.claims.remit;

import java.util.Objects;
import org.medcoder.core.Money;

/**
 * What medcoder sent for a claim, as far as posting needs it: the claim id that comes back in CLP01 and the
 * total charge that comes back in CLP03.
 *
 * @param claimId     CLM01, the patient control number
 * @param totalCharge CLM02, the total claim charge
 */
public record SentClaim(String claimId, Money totalCharge) {

    public SentClaim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(totalCharge, "totalCharge");
        if (claimId.isBlank()) {
            throw new IllegalArgumentException("empty claim id");
        }
    }
}

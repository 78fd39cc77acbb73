package org.medcoder.claims.x12;

import java.util.List;
import org.medcoder.claims.ClaimId;
import org.medcoder.core.Finding;

/**
 * What an 837 write did: the claims written (in file order), the findings about claims left out, the interchange
 * control number used and the number of transaction sets (ST/SE) written.
 */
public record Write837Result(List<ClaimId> written, List<Finding> findings, long controlNumber, int transactionSets) {

    public Write837Result {
        written = List.copyOf(written);
        findings = List.copyOf(findings);
    }

    /** Whether nothing was written (every claim was left out, or there were none). */
    public boolean isEmpty() {
        return written.isEmpty();
    }
}

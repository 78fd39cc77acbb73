package org.medcoder.claims;

import java.util.List;
import java.util.Optional;
import org.medcoder.core.Finding;

/**
 * One claim as read from the input: its JSON path in the file ({@code $} or {@code $.claims[2]}), the claim when
 * it could be built, and the findings about it (errors when it could not be built).
 */
public record ClaimInput(String path, Optional<Claim> claim, List<Finding> findings) {

    public ClaimInput {
        Require.present("path", path);
        Require.present("claim", claim);
        findings = Require.list("findings", findings);
        if (claim.isEmpty() && findings.stream().noneMatch(Finding::isError)) {
            throw new IllegalArgumentException("a claim at " + path + " that could not be built needs an error finding");
        }
    }

    /** Whether the claim was built without errors. */
    public boolean isValid() {
        return claim.isPresent() && findings.stream().noneMatch(Finding::isError);
    }
}

package org.medcoder.claims;

import java.util.List;
import java.util.Optional;

/**
 * The claims of one input file, in file order, with the optional submitter and receiver of the batch (when absent,
 * the 837 writer takes them from the first claim's billing provider and payer).
 *
 * @param source the file name, used in finding locations
 */
public record ClaimBatch(String source, Optional<Submitter> submitter, Optional<Receiver> receiver,
        List<ClaimInput> claims) {

    public ClaimBatch {
        Require.present("source", source);
        Require.present("submitter", submitter);
        Require.present("receiver", receiver);
        claims = Require.list("claims", claims);
    }

    /** The claims that were built without errors. */
    public List<Claim> validClaims() {
        return claims.stream().filter(ClaimInput::isValid).map(c -> c.claim().orElseThrow()).toList();
    }
}

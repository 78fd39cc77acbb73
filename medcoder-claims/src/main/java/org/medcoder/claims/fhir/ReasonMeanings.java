package org.medcoder.claims.fhir;

import java.util.Optional;

/**
 * Short meanings of the codes an 835 carries, used as FHIR coding displays and note texts: claim adjustment group
 * codes, claim adjustment reason codes (CARC), remittance advice remark codes (RARC) and claim status codes (CLP02).
 */
public interface ReasonMeanings {

    /** No meanings: codes are written without displays. */
    ReasonMeanings NONE = new ReasonMeanings() {
    };

    /** The meaning of a group code such as {@code CO}. */
    default Optional<String> group(String code) {
        return Optional.empty();
    }

    /** The meaning of a CARC such as {@code 45}. */
    default Optional<String> carc(String code) {
        return Optional.empty();
    }

    /** The meaning of a RARC such as {@code N130}. */
    default Optional<String> rarc(String code) {
        return Optional.empty();
    }

    /** The meaning of a claim status code such as {@code 4}. */
    default Optional<String> claimStatus(String code) {
        return Optional.empty();
    }
}

package org.medcoder.claims;

import java.util.Optional;
import java.util.Set;

/**
 * The insured person (TR3 2000B/2010BA): member id, optional group number, the claim filing indicator of the
 * coverage (SBR09, e.g. {@code CI} commercial, {@code MB} Medicare Part B) and the person.
 */
public record Subscriber(String memberId, Optional<String> groupNumber, String claimFilingCode, Person person) {

    /** SBR09 claim filing indicator codes of 005010X222A1/X223A2. */
    static final Set<String> FILING_CODES = Set.of("11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI",
            "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");

    public Subscriber {
        memberId = Require.text("member id", memberId, 80);
        groupNumber = Require.optionalText("group number", groupNumber, 50);
        if (claimFilingCode == null || !FILING_CODES.contains(claimFilingCode)) {
            throw new IllegalArgumentException("not a claim filing indicator code: '" + claimFilingCode
                    + "' (e.g. CI commercial, MB Medicare Part B, MC Medicaid; TR3 SBR09)");
        }
        Require.present("subscriber", person);
    }
}

package org.medcoder.codesets;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One HCPCS Level II modifier as the CMS alpha-numeric file lists it (record identifier 7 with continuation
 * lines 8), e.g. {@code LT} "Left side".
 *
 * @param code             the two-character modifier
 * @param longDescription  the full description (continuation lines joined)
 * @param shortDescription the 28-character short description
 * @param coverage         Medicare coverage code, or empty
 * @param added            date the modifier was added
 * @param actionEffective  effective date of the latest action
 * @param terminated       termination date, when discontinued
 * @param actionCode       the latest action code
 */
public record HcpcsModifier(String code, String longDescription, String shortDescription, String coverage,
        Optional<LocalDate> added, Optional<LocalDate> actionEffective, Optional<LocalDate> terminated,
        String actionCode) {

    public HcpcsModifier {
        if (code == null || !code.matches("[A-Z0-9]{2}")) {
            throw new IllegalArgumentException("not a HCPCS modifier: '" + code + "' (two letters or digits)");
        }
        Objects.requireNonNull(longDescription, "longDescription");
        Objects.requireNonNull(shortDescription, "shortDescription");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(actionEffective, "actionEffective");
        Objects.requireNonNull(terminated, "terminated");
        Objects.requireNonNull(actionCode, "actionCode");
    }

    /** Whether the modifier may be used on the date: added on or before it and not terminated before it. */
    public boolean isActiveOn(LocalDate date) {
        return added.map(a -> !date.isBefore(a)).orElse(true) && terminated.map(t -> !date.isAfter(t)).orElse(true);
    }
}

package org.medcoder.codesets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.HcpcsCode;

/**
 * One HCPCS Level II procedure code as the CMS alpha-numeric file lists it (record identifier 3 with its
 * continuation lines 4), with the administrative, coverage and pricing columns of the official record layout.
 * Blank columns are empty strings or empty lists; blank dates are empty.
 *
 * @param code                    the code, e.g. {@code J1100}
 * @param longDescription         the full description (continuation lines joined)
 * @param shortDescription        the 28-character short description
 * @param pricingIndicators       pricing indicator codes (1-4), e.g. {@code 51} drugs
 * @param multiplePricingIndicator how several pricing indicators apply, or empty
 * @param coverageIssuesManualRefs Coverage Issues Manual section numbers (0-3)
 * @param carriersManualRefs      Medicare Carriers Manual section numbers (0-3)
 * @param statute                 the statute number, or empty
 * @param labCertifications       lab certification codes (0-8)
 * @param crossReferences         cross-reference codes (0-5)
 * @param coverage                Medicare coverage code: C carrier judgment, D special instructions, I not payable,
 *                                M non-covered, S non-covered by statute
 * @param ascPaymentGroup         ASC payment group, or empty
 * @param ascEffective            ASC payment group effective date
 * @param processingNote          processing note number, or empty
 * @param betos                   Berenson-Eggers type of service code, or empty
 * @param typesOfService          type-of-service codes (1-5)
 * @param anesthesiaBaseUnits     anesthesia base units, or empty
 * @param added                   date the code was added
 * @param actionEffective         effective date of the latest action
 * @param terminated              termination date (the last day the code may be used), when discontinued
 * @param actionCode              the latest action: A add, B/C/F/P/S/T changes, D discontinue, N none, R reactivate
 */
public record HcpcsEntry(HcpcsCode code, String longDescription, String shortDescription,
        List<String> pricingIndicators, String multiplePricingIndicator, List<String> coverageIssuesManualRefs,
        List<String> carriersManualRefs, String statute, List<String> labCertifications, List<String> crossReferences,
        String coverage, String ascPaymentGroup, Optional<LocalDate> ascEffective, String processingNote, String betos,
        List<String> typesOfService, Optional<Integer> anesthesiaBaseUnits, Optional<LocalDate> added,
        Optional<LocalDate> actionEffective, Optional<LocalDate> terminated, String actionCode) {

    public HcpcsEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(longDescription, "longDescription");
        Objects.requireNonNull(shortDescription, "shortDescription");
        pricingIndicators = List.copyOf(pricingIndicators);
        Objects.requireNonNull(multiplePricingIndicator, "multiplePricingIndicator");
        coverageIssuesManualRefs = List.copyOf(coverageIssuesManualRefs);
        carriersManualRefs = List.copyOf(carriersManualRefs);
        Objects.requireNonNull(statute, "statute");
        labCertifications = List.copyOf(labCertifications);
        crossReferences = List.copyOf(crossReferences);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(ascPaymentGroup, "ascPaymentGroup");
        Objects.requireNonNull(ascEffective, "ascEffective");
        Objects.requireNonNull(processingNote, "processingNote");
        Objects.requireNonNull(betos, "betos");
        typesOfService = List.copyOf(typesOfService);
        Objects.requireNonNull(anesthesiaBaseUnits, "anesthesiaBaseUnits");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(actionEffective, "actionEffective");
        Objects.requireNonNull(terminated, "terminated");
        Objects.requireNonNull(actionCode, "actionCode");
    }

    /** Whether the code may be billed on the date: added on or before it and not terminated before it. */
    public boolean isActiveOn(LocalDate date) {
        return added.map(a -> !date.isBefore(a)).orElse(true) && terminated.map(t -> !date.isAfter(t)).orElse(true);
    }
}

package org.medcoder.codesets;

import java.time.LocalDate;
import java.util.List;

/**
 * All loaded code-set releases, side by side, chosen by date of service. Releases are immutable snapshots;
 * a claim or note is checked against the release whose effective period contains its date.
 */
public interface CodeSets {

    /** Every loaded release, ordered by system then effective period. */
    List<ReleaseInfo> releases();

    /**
     * The ICD-10-CM release in effect on the date of service (or discharge).
     *
     * @throws IllegalArgumentException naming the date and the loaded periods when none covers it
     */
    IcdCmRelease icd10cm(LocalDate dateOfService);

    /** Every loaded ICD-10-CM release, oldest first (to say which release has a code deleted or not yet valid). */
    List<IcdCmRelease> icd10cmReleases();

    /**
     * The ICD-10-PCS release in effect on the date of discharge (or procedure).
     *
     * @throws IllegalArgumentException naming the date and the loaded periods when none covers it
     */
    PcsRelease icd10pcs(LocalDate date);

    /**
     * The HCPCS Level II release in effect on the date of service.
     *
     * @throws IllegalArgumentException naming the date and the loaded periods when none covers it
     */
    HcpcsRelease hcpcs(LocalDate dateOfService);
}

package org.medcoder.claims;

import java.util.List;
import java.time.LocalDate;
import org.medcoder.core.Money;

/** A claim for payment: professional (837P, CMS-1500) or institutional (837I, UB-04). */
public sealed interface Claim permits ProfessionalClaim, InstitutionalClaim {

    /** Ids, parties and payer shared by both kinds. */
    ClaimHeader header();

    /** The ICD-10-CM diagnoses, principal (first-listed) first. */
    List<Diagnosis> diagnoses();

    /** The total charge: the sum of the line charges (CLM02). */
    Money totalCharge();

    /** The first and last date of service (or the statement period), used to choose the code-set releases. */
    DateRange servicePeriod();

    /** The claim id. */
    default ClaimId id() {
        return header().id();
    }

    /** The date ICD-10-CM codes are checked for: the last date of service (the discharge date on inpatient bills). */
    default LocalDate codingDate() {
        return servicePeriod().to();
    }
}

package org.medcoder.claims;

import java.util.Optional;

/**
 * What professional and institutional claims share: claim id and frequency, the billing provider, subscriber,
 * patient (absent when the patient is the subscriber), payer, and the prior authorization number.
 *
 * @param payerClaimControlNumber the payer's number of the claim being replaced or voided (REF*F8), required for
 *                                frequency 7 and 8 (TR3 2300 REF Payer Claim Control Number)
 */
public record ClaimHeader(ClaimId id, FrequencyCode frequency, Optional<String> payerClaimControlNumber,
        BillingProvider billingProvider, Subscriber subscriber, Optional<Patient> patient, Payer payer,
        Optional<String> priorAuthorization) {

    public ClaimHeader {
        Require.present("claim id", id);
        Require.present("frequency", frequency);
        payerClaimControlNumber = Require.optionalText("payer claim control number", payerClaimControlNumber, 50);
        if (frequency.refersToPriorClaim() && payerClaimControlNumber.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " is a " + frequency.name().toLowerCase(java.util.Locale.ROOT)
                    + " (frequency " + frequency.code() + ") and needs the payer claim control number of the prior claim");
        }
        if (!frequency.refersToPriorClaim() && payerClaimControlNumber.isPresent()) {
            throw new IllegalArgumentException("claim " + id + " is an original claim and has no payer claim control number");
        }
        Require.present("billing provider", billingProvider);
        Require.present("subscriber", subscriber);
        Require.present("patient", patient);
        Require.present("payer", payer);
        priorAuthorization = Require.optionalText("prior authorization", priorAuthorization, 50);
    }

    /** The person the services were for: the patient, or the subscriber when they are the same person. */
    public Person patientPerson() {
        return patient.map(Patient::person).orElse(subscriber.person());
    }
}

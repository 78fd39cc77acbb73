package org.medcoder.claims;

import java.util.Optional;
import org.medcoder.core.IcdCmCode;

/** An ICD-10-CM diagnosis on a claim, with its present-on-admission indicator on institutional claims. */
public record Diagnosis(IcdCmCode code, Optional<PresentOnAdmission> poa) {

    public Diagnosis {
        Require.present("diagnosis code", code);
        Require.present("present on admission", poa);
    }

    /** A diagnosis without a POA indicator (professional claims, exempt codes). */
    public static Diagnosis of(IcdCmCode code) {
        return new Diagnosis(code, Optional.empty());
    }

    /** A diagnosis with a POA indicator. */
    public static Diagnosis of(IcdCmCode code, PresentOnAdmission poa) {
        return new Diagnosis(code, Optional.of(poa));
    }
}

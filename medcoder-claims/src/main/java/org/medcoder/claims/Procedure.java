package org.medcoder.claims;

import java.time.LocalDate;
import org.medcoder.core.PcsCode;

/** An ICD-10-PCS inpatient procedure on an institutional claim, with the date it was performed (837I HI BBR/BBQ). */
public record Procedure(PcsCode code, LocalDate date) {

    public Procedure {
        Require.present("procedure code", code);
        Require.present("procedure date", date);
    }
}

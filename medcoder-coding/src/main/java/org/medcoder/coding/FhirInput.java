package org.medcoder.coding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document read from FHIR R4, with what the Encounter says about the setting and the date of service.
 *
 * @param document the narrative and structured codes
 * @param setting  inpatient or outpatient from {@code Encounter.class} (IMP/ACUTE/NONAC → inpatient, AMB/EMER/VR/HH
 *                 → outpatient), when there is an Encounter
 * @param date     the end (else start) of {@code Encounter.period}, when given
 */
public record FhirInput(ClinicalDocument document, Optional<Setting> setting, Optional<LocalDate> date) {

    public FhirInput {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(date, "date");
    }
}

package org.medcoder.claims.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Resource;

/** Test helper: HAPI's instance validator against the base R4 specification only (no IG profiles, no network). */
final class R4Validation {

    private static FhirValidator validator;

    private R4Validation() {
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            var ctx = FhirR4.context();
            ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                    new CommonCodeSystemsTerminologyService(ctx));
            FhirInstanceValidator instance = new FhirInstanceValidator(chain);
            instance.setNoTerminologyChecks(false);
            validator = ctx.newValidator().registerValidatorModule(instance);
        }
        return validator;
    }

    /** All messages of the validator for the resource (written to JSON and validated as a client would get it). */
    static List<SingleValidationMessage> messages(Resource resource) {
        return validator().validateWithResult(FhirR4.json(resource)).getMessages();
    }

    /** The messages of severity error or fatal. */
    static List<String> errors(Resource resource) {
        return messages(resource).stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
    }
}

package org.medcoder.claims.fhir;

import static org.medcoder.claims.fhir.Parties.ref;
import static org.medcoder.claims.fhir.Systems.concept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Claim.ClaimStatus;
import org.hl7.fhir.r4.model.Claim.ItemComponent;
import org.hl7.fhir.r4.model.Claim.Use;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimHeader;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.FrequencyCode;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;
import org.medcoder.claims.Provider;
import org.medcoder.core.HcpcsCode;

/**
 * Maps a medcoder claim to a FHIR R4 {@code Claim} that stands alone: the patient, subscriber, billing provider,
 * rendering or attending practitioner, payer and coverage are contained resources. Professional claims carry the
 * place of service and diagnosis pointers on their items; institutional ones the type of bill, admission and
 * discharge facts as supporting information, POA indicators on their diagnoses, ICD-10-PCS procedures and revenue
 * codes on their items. Codes are written with the systems the HL7 terminology registry gives them (ICD-10-CM with
 * its dot). A replacement or void names the prior claim by the payer's control number under {@code related}.
 */
public final class FhirClaimMapper {

    private FhirClaimMapper() {
    }

    /**
     * The FHIR Claim of a claim.
     *
     * @param created the date the claim was created (Claim.created)
     */
    public static org.hl7.fhir.r4.model.Claim map(Claim claim, LocalDate created) {
        org.hl7.fhir.r4.model.Claim fhir = new org.hl7.fhir.r4.model.Claim();
        ClaimHeader h = claim.header();
        fhir.setId(resourceId(claim.id().value()));
        // The patient control number (837 CLM01) the provider gave the claim.
        fhir.addIdentifier().setValue(claim.id().value());
        fhir.setStatus(h.frequency() == FrequencyCode.VOID ? ClaimStatus.CANCELLED : ClaimStatus.ACTIVE);
        fhir.setUse(Use.CLAIM);
        fhir.setCreatedElement(Parties.dateTime(created));
        fhir.setPriority(concept(Systems.PRIORITY, "normal"));
        fhir.setBillablePeriod(Parties.period(claim.servicePeriod().from(), claim.servicePeriod().to()));
        addParties(fhir, h);
        h.payerClaimControlNumber().ifPresent(icn -> fhir.addRelated()
                .setRelationship(concept(Systems.RELATED_CLAIM, "prior"))
                .setReference(new Identifier().setValue(icn)));
        List<Diagnosis> dx = claim.diagnoses();
        for (int i = 0; i < dx.size(); i++) {
            Diagnosis d = dx.get(i);
            var entry = fhir.addDiagnosis().setSequence(i + 1)
                    .setDiagnosis(concept(Systems.ICD10CM, d.code().dotted()));
            if (i == 0) {
                entry.addType(concept(Systems.DIAGNOSIS_TYPE, "principal"));
            }
            d.poa().ifPresent(p -> entry.setOnAdmission(onAdmission(p.name())));
        }
        fhir.setTotal(money(claim.totalCharge()));
        fhir.setText(Narratives.of(String.format(Locale.ROOT, "%s claim %s: %d diagnoses, total charge %s USD",
                claim instanceof ProfessionalClaim ? "Professional" : "Institutional", claim.id().value(),
                dx.size(), claim.totalCharge())));
        if (claim instanceof ProfessionalClaim p) {
            professional(fhir, p);
        } else if (claim instanceof InstitutionalClaim i) {
            InstitutionalFhir.fill(fhir, i);
        }
        return fhir;
    }

    private static void addParties(org.hl7.fhir.r4.model.Claim fhir, ClaimHeader h) {
        Patient subscriber = Parties.patient("subscriber", h.subscriber().person());
        Patient patient = h.patient().map(p -> Parties.patient("patient", p.person())).orElse(subscriber);
        Resource billing = Parties.provider("billing-provider", h.billingProvider().provider(),
                h.billingProvider().address());
        Organization payer = Parties.organization("payer", h.payer().name(),
                new Identifier().setValue(h.payer().id()));
        String relationship = h.patient().map(p -> switch (p.relationship()) {
            case SPOUSE, LIFE_PARTNER -> "spouse";
            case CHILD -> "child";
            default -> "other";
        }).orElse("self");
        Coverage coverage = Parties.coverage("coverage", patient, subscriber, h.subscriber().memberId(),
                relationship, payer);
        h.subscriber().groupNumber().ifPresent(g -> coverage.addClass_()
                .setType(concept(Systems.COVERAGE_CLASS, "group")).setValue(g));
        fhir.addContained(patient);
        if (patient != subscriber) {
            fhir.addContained(subscriber);
        }
        fhir.addContained(billing).addContained(payer).addContained(coverage);
        fhir.setPatient(ref(patient));
        fhir.setProvider(ref(billing));
        fhir.setInsurer(ref(payer));
        var insurance = fhir.addInsurance().setSequence(1).setFocal(true).setCoverage(ref(coverage));
        h.priorAuthorization().ifPresent(insurance::addPreAuthRef);
    }

    /** Adds a care-team member (rendering or attending) as a contained practitioner; returns its sequence. */
    static int addCareTeam(org.hl7.fhir.r4.model.Claim fhir, Provider provider, String role) {
        Resource pr = Parties.provider(role, provider, null);
        fhir.addContained(pr);
        int sequence = fhir.getCareTeam().size() + 1;
        var member = fhir.addCareTeam().setSequence(sequence).setProvider(ref(pr))
                .setRole(concept(Systems.CARIN_CARE_TEAM, role));
        provider.taxonomy().ifPresent(t -> member.setQualification(concept(Systems.TAXONOMY, t.value())));
        return sequence;
    }

    private static void professional(org.hl7.fhir.r4.model.Claim fhir, ProfessionalClaim claim) {
        fhir.setType(concept(Systems.CLAIM_TYPE, "professional"));
        Integer rendering = claim.renderingProvider().map(r -> addCareTeam(fhir, r, "rendering")).orElse(null);
        List<ProfessionalLine> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            ProfessionalLine line = lines.get(i);
            ItemComponent item = fhir.addItem().setSequence(i + 1);
            if (rendering != null) {
                item.addCareTeamSequence(rendering);
            }
            line.diagnosisPointers().forEach(item::addDiagnosisSequence);
            item.setProductOrService(procedure(line.procedure()));
            line.modifiers().forEach(m -> item.addModifier(concept(system(line.procedure()), m.value())));
            item.setServiced(Parties.period(line.serviceDates().from(), line.serviceDates().to()));
            if (line.serviceDates().from().equals(line.serviceDates().to())) {
                item.setServiced(Parties.date(line.serviceDates().from()));
            }
            item.setLocation(concept(Systems.PLACE_OF_SERVICE, claim.placeOfService().value()));
            item.setQuantity(new Quantity().setValue(line.units()));
            item.setNet(money(line.charge()));
        }
    }

    static CodeableConcept procedure(HcpcsCode code) {
        return concept(system(code), code.value());
    }

    /** CPT (Level I) and HCPCS Level II codes are different code systems in FHIR. */
    static String system(HcpcsCode code) {
        return code.isLevelII() ? Systems.HCPCS : Systems.CPT;
    }

    static Money money(org.medcoder.core.Money amount) {
        return new Money().setValue(new BigDecimal(amount.toString())).setCurrency("USD");
    }

    private static CodeableConcept onAdmission(String poa) {
        return concept(Systems.ON_ADMISSION, poa.toLowerCase(Locale.ROOT));
    }

    /** A FHIR id from a claim id: letters, digits, '-' and '.', at most 64 characters. */
    static String resourceId(String claimId) {
        String id = claimId.replaceAll("[^A-Za-z0-9.-]", "-");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }
}

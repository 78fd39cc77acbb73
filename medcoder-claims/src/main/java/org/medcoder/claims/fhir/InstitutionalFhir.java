package org.medcoder.claims.fhir;

import static org.medcoder.claims.fhir.Systems.concept;

import java.util.List;
import org.hl7.fhir.r4.model.Claim.ItemComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.InstitutionalLine;
import org.medcoder.claims.Procedure;
import org.medcoder.core.IcdCmCode;

/** The institutional (UB-04 / 837I) parts of a FHIR Claim. */
final class InstitutionalFhir {

    private InstitutionalFhir() {
    }

    static void fill(org.hl7.fhir.r4.model.Claim fhir, InstitutionalClaim claim) {
        fhir.setType(concept(Systems.CLAIM_TYPE, "institutional"));
        int attending = FhirClaimMapper.addCareTeam(fhir, claim.attendingProvider(), "attending");
        supportingInfo(fhir, claim);
        int sequence = fhir.getDiagnosis().size();
        if (claim.admittingDiagnosis().isPresent()) {
            fhir.addDiagnosis().setSequence(++sequence)
                    .setDiagnosis(concept(Systems.ICD10CM, claim.admittingDiagnosis().get().dotted()))
                    .addType(concept(Systems.DIAGNOSIS_TYPE, "admitting"));
        }
        for (IcdCmCode reason : claim.reasonsForVisit()) {
            fhir.addDiagnosis().setSequence(++sequence).setDiagnosis(concept(Systems.ICD10CM, reason.dotted()))
                    .addType(concept(Systems.INFO_CATEGORY, "patientreasonforvisit"));
        }
        List<Procedure> px = claim.procedures();
        for (int i = 0; i < px.size(); i++) {
            fhir.addProcedure().setSequence(i + 1)
                    .addType(concept(Systems.PROCEDURE_TYPE, i == 0 ? "primary" : "secondary"))
                    .setDateElement(Parties.dateTime(px.get(i).date()))
                    .setProcedure(concept(Systems.ICD10PCS, px.get(i).code().value()));
        }
        List<InstitutionalLine> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            item(fhir.addItem().setSequence(i + 1), lines.get(i), attending);
        }
    }

    private static void item(ItemComponent item, InstitutionalLine line, int attending) {
        item.addCareTeamSequence(attending);
        item.setRevenue(concept(Systems.REVENUE, line.revenueCode().value()));
        if (line.procedure().isPresent()) {
            item.setProductOrService(FhirClaimMapper.procedure(line.procedure().get()));
            String system = FhirClaimMapper.system(line.procedure().get());
            line.modifiers().forEach(m -> item.addModifier(concept(system, m.value())));
        } else {
            // Claim.item.productOrService is required; a revenue-code-only line has no procedure code to give.
            item.setProductOrService(new CodeableConcept(new Coding(Systems.DATA_ABSENT, "not-applicable", "Not Applicable")));
        }
        line.serviceDates().ifPresent(d -> item.setServiced(d.from().equals(d.to())
                ? Parties.date(d.from()) : Parties.period(d.from(), d.to())));
        item.setQuantity(new Quantity().setValue(line.units()));
        item.setNet(FhirClaimMapper.money(line.charge()));
    }

    private static void supportingInfo(org.hl7.fhir.r4.model.Claim fhir, InstitutionalClaim claim) {
        info(fhir, "typeofbill").setCode(concept(Systems.TYPE_OF_BILL, claim.typeOfBill().value()));
        claim.admissionDate().ifPresent(d -> info(fhir, "admissionperiod").setTiming(
                new org.hl7.fhir.r4.model.Period().setStartElement(Parties.dateTime(d))
                        .setEndElement(discharged(claim) ? Parties.dateTime(claim.statementPeriod().to()) : null)));
        claim.admissionType().ifPresent(t -> info(fhir, "admtype").setCode(concept(Systems.ADMISSION_TYPE, t)));
        claim.admissionSource().ifPresent(s -> info(fhir, "pointoforigin").setCode(concept(Systems.POINT_OF_ORIGIN, s)));
        info(fhir, "discharge-status").setCode(concept(Systems.DISCHARGE_STATUS, claim.patientStatus()));
    }

    /** An inpatient stay ended with this bill unless the patient is still a patient (NUBC status 30). */
    private static boolean discharged(InstitutionalClaim claim) {
        return claim.typeOfBill().isInpatient() && !"30".equals(claim.patientStatus());
    }

    private static org.hl7.fhir.r4.model.Claim.SupportingInformationComponent info(org.hl7.fhir.r4.model.Claim fhir,
            String category) {
        return fhir.addSupportingInfo().setSequence(fhir.getSupportingInfo().size())
                .setCategory(concept(Systems.CARIN_INFO, category));
    }
}

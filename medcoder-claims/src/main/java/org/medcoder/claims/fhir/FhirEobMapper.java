package org.medcoder.claims.fhir;

import static org.medcoder.claims.fhir.Parties.ref;
import static org.medcoder.claims.fhir.Systems.concept;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.AdjudicationComponent;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.ExplanationOfBenefitStatus;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.RemittanceOutcome;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.Use;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.medcoder.claims.remit.Adjustment;
import org.medcoder.claims.remit.ClaimPayment;
import org.medcoder.claims.remit.Party;
import org.medcoder.claims.remit.Remittance;
import org.medcoder.claims.remit.ServiceLine;

/**
 * Maps the claims of an X12 835 remittance to FHIR R4 {@code ExplanationOfBenefit}s, one per claim payment (CLP):
 * the payer (1000A) as insurer, the payee (1000B) as provider, the patient (NM1*QC) and a coverage linking them as
 * contained resources; the claim id (CLP01) as the claim reference and the payer's control number (CLP07) as the
 * identifier; per service line (SVC) the submitted, allowed (AMT*B6) and paid amounts and each CAS adjustment with
 * its group code as category and its CARC as reason; remark codes (MOA/MIA/LQ) as process notes; the totals and
 * the payment (BPR date, TRN trace number).
 *
 * <p>An 835 does not say whether a claim was professional or institutional (CLP08 holds a place of service or a
 * facility type, both two digits). The kind of a claim medcoder sent is known from the claim itself; otherwise a
 * claim whose lines carry revenue codes (SVC04 or an NU qualifier), that has an inpatient MIA segment or that was filed
 * under Medicare Part A (CLP06 = MA) is taken as institutional.
 */
public final class FhirEobMapper {

    private FhirEobMapper() {
    }

    /**
     * The EOBs of every claim of a remittance, in file order.
     *
     * @param fallbackCreated the EOB creation date when the 835 has no payment date (BPR16)
     * @param meanings        the short meanings of group, reason, remark and claim status codes shown as displays
     * @param sentKinds       for claims medcoder sent: claim id (CLM01) to {@code true} when institutional,
     *                        {@code false} when professional
     */
    public static List<ExplanationOfBenefit> map(Remittance remittance, LocalDate fallbackCreated,
            ReasonMeanings meanings, Map<String, Boolean> sentKinds) {
        List<ExplanationOfBenefit> eobs = new ArrayList<>();
        List<ClaimPayment> claims = remittance.claims();
        for (int i = 0; i < claims.size(); i++) {
            ClaimPayment c = claims.get(i);
            boolean institutional = sentKinds.getOrDefault(c.claimId(), looksInstitutional(c));
            eobs.add(map(remittance, c, i + 1, fallbackCreated, meanings, institutional));
        }
        return List.copyOf(eobs);
    }

    static ExplanationOfBenefit map(Remittance r, ClaimPayment c, int index, LocalDate fallbackCreated,
            ReasonMeanings meanings, boolean institutional) {
        ExplanationOfBenefit eob = new ExplanationOfBenefit();
        eob.setId(FhirClaimMapper.resourceId(r.controlNumber() + "-" + index + "-" + c.claimId()));
        if (!c.payerClaimControlNumber().isEmpty()) {
            eob.addIdentifier().setValue(c.payerClaimControlNumber());
        }
        eob.setStatus(ExplanationOfBenefitStatus.ACTIVE);
        eob.setType(concept(Systems.CLAIM_TYPE, institutional ? "institutional" : "professional"));
        eob.setUse(Use.CLAIM);
        eob.setCreatedElement(Parties.dateTime(r.payment().date().orElse(fallbackCreated)));
        eob.setOutcome(RemittanceOutcome.COMPLETE);
        eob.setDisposition(meanings.claimStatus(c.status()).map(m -> c.status() + " " + m).orElse(c.status()));
        eob.setClaim(new Reference().setIdentifier(new Identifier().setValue(c.claimId())));
        addParties(eob, r, c);
        billablePeriod(eob, c);
        ProcessNotes notes = new ProcessNotes(eob, meanings);
        c.adjustments().forEach(a -> eob.addAdjudication(adjustment(a, meanings)));
        c.remarks().forEach(m -> notes.add(m.code()));
        List<ServiceLine> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            EobItems.add(eob, i + 1, lines.get(i), notes, meanings);
        }
        eob.addTotal().setCategory(concept(Systems.ADJUDICATION, "submitted")).setAmount(FhirClaimMapper.money(c.charge()));
        eob.addTotal().setCategory(concept(Systems.ADJUDICATION, "benefit")).setAmount(FhirClaimMapper.money(c.paid()));
        if (!c.patientResponsibility().isZero()) {
            eob.addTotal().setCategory(concept(Systems.CARIN_ADJUDICATION, "memberliability"))
                    .setAmount(FhirClaimMapper.money(c.patientResponsibility()));
        }
        payment(eob, r, c);
        eob.setText(Narratives.of(String.format(Locale.ROOT, "Remittance for claim %s: billed %s, paid %s USD",
                c.claimId(), c.charge(), c.paid())));
        return eob;
    }

    /** A CAS adjustment: the group code (CO, PR, OA, PI) as category, the CARC as reason, the amount and units. */
    static AdjudicationComponent adjustment(Adjustment a, ReasonMeanings meanings) {
        AdjudicationComponent adj = new AdjudicationComponent()
                .setCategory(concept(Systems.CAS_GROUP, a.group(), meanings.group(a.group()).orElse(null)))
                .setReason(concept(Systems.CARC, a.reason(), meanings.carc(a.reason()).orElse(null)))
                .setAmount(FhirClaimMapper.money(a.amount()));
        if (a.quantity().signum() != 0) {
            adj.setValue(a.quantity());
        }
        return adj;
    }

    static boolean looksInstitutional(ClaimPayment c) {
        if ("MA".equals(c.filingIndicator()) || c.remarks().stream().anyMatch(m -> "MIA".equals(m.source()))) {
            return true;
        }
        return c.lines().stream().anyMatch(l -> !l.revenueCode().isEmpty() || "NU".equals(l.procedure().qualifier()));
    }

    private static void addParties(ExplanationOfBenefit eob, Remittance r, ClaimPayment c) {
        Patient patient = patient(c.patient());
        Organization payer = Parties.organization("payer", r.payer().name(), identifier(r.payer()));
        Organization payee = Parties.organization("payee", r.payee().name(), identifier(r.payee()));
        Coverage coverage = Parties.coverage("coverage", patient, patient,
                "MI".equals(c.patient().idQualifier()) ? c.patient().id() : "", "self", payer);
        // The 835 does not name the subscriber when it is the patient; the coverage then names the patient twice.
        eob.addContained(patient).addContained(payer).addContained(payee).addContained(coverage);
        eob.setPatient(ref(patient));
        eob.setInsurer(ref(payer));
        eob.setProvider(ref(payee));
        eob.addInsurance().setFocal(true).setCoverage(ref(coverage));
    }

    private static Patient patient(Party p) {
        Patient patient = new Patient();
        patient.setId("patient");
        String[] parts = p.name().split(",", 2);
        if (!parts[0].isBlank()) {
            var name = patient.addName().setFamily(parts[0].strip());
            if (parts.length > 1 && !parts[1].isBlank()) {
                name.addGiven(parts[1].strip());
            }
        }
        if (!p.id().isEmpty()) {
            patient.addIdentifier().setValue(p.id());
        }
        return patient;
    }

    /** A party's identifier: NPI (XX) and tax id (FI) in their FHIR systems, any other with its value only. */
    private static Identifier identifier(Party p) {
        if (p.id().isEmpty()) {
            return null;
        }
        return switch (p.idQualifier()) {
            case "XX" -> Parties.npi(p.id());
            case "FI" -> new Identifier().setSystem(Systems.TAX_ID).setValue(p.id());
            default -> new Identifier().setValue(p.id());
        };
    }

    private static void billablePeriod(ExplanationOfBenefit eob, ClaimPayment c) {
        LocalDate from = c.statementFrom().orElse(null);
        LocalDate to = c.statementTo().orElse(from);
        for (ServiceLine l : c.lines()) {
            if (l.serviceDate().isPresent()) {
                LocalDate d = l.serviceDate().get();
                from = from == null || d.isBefore(from) ? d : from;
                to = to == null || d.isAfter(to) ? d : to;
            }
        }
        if (from != null) {
            eob.setBillablePeriod(Parties.period(from, to == null ? from : to));
        }
    }

    private static void payment(ExplanationOfBenefit eob, Remittance r, ClaimPayment c) {
        var payment = eob.getPayment();
        payment.setAmount(FhirClaimMapper.money(c.paid()));
        r.payment().date().ifPresent(d -> payment.setDateElement(Parties.date(d)));
        if (!r.payment().traceNumber().isEmpty()) {
            payment.setIdentifier(new Identifier().setValue(r.payment().traceNumber()));
        }
    }
}

package org.medcoder.claims.fhir;

import static org.medcoder.claims.fhir.Systems.concept;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.ItemComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.medcoder.claims.remit.Procedure;
import org.medcoder.claims.remit.ServiceLine;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.Money;

/** The service lines (835 loop 2110) of an EOB. */
final class EobItems {

    /** The shape of a CPT or HCPCS Level II code, as {@link HcpcsCode} accepts it. */
    private static final java.util.regex.Pattern HCPCS_SHAPE = java.util.regex.Pattern.compile("[A-Z0-9][0-9]{3}[A-Z0-9]");

    private EobItems() {
    }

    static void add(ExplanationOfBenefit eob, int sequence, ServiceLine line, ProcessNotes notes,
            ReasonMeanings meanings) {
        ItemComponent item = eob.addItem().setSequence(sequence);
        Procedure p = line.procedure();
        if (!line.revenueCode().isEmpty()) {
            item.setRevenue(concept(Systems.REVENUE, line.revenueCode()));
        } else if ("NU".equals(p.qualifier())) {
            item.setRevenue(concept(Systems.REVENUE, p.code()));
        }
        item.setProductOrService(productOrService(p));
        String system = item.getProductOrService().getCodingFirstRep().getSystem();
        if (!Systems.DATA_ABSENT.equals(system)) {
            p.modifiers().forEach(m -> item.addModifier(concept(system, m)));
        }
        line.serviceDate().ifPresent(d -> item.setServiced(Parties.date(d)));
        item.setQuantity(new Quantity().setValue(line.units()));
        adjudication(item, "submitted", line.charge());
        line.allowed().ifPresent(a -> adjudication(item, "eligible", a));
        adjudication(item, "benefit", line.paid());
        line.adjustments().forEach(a -> item.addAdjudication(FhirEobMapper.adjustment(a, meanings)));
        line.remarks().forEach(r -> item.addNoteNumber(notes.add(r.code())));
    }

    private static void adjudication(ItemComponent item, String category, Money amount) {
        item.addAdjudication().setCategory(concept(Systems.ADJUDICATION, category))
                .setAmount(FhirClaimMapper.money(amount));
    }

    /** HC: CPT or HCPCS Level II by the code's shape; NU: the revenue code has no procedure; N4: an NDC. */
    static CodeableConcept productOrService(Procedure p) {
        if ("HC".equals(p.qualifier()) && HCPCS_SHAPE.matcher(p.code()).matches()) {
            return FhirClaimMapper.procedure(HcpcsCode.parse(p.code()));
        }
        if ("N4".equals(p.qualifier()) && !p.code().isEmpty()) {
            return concept("http://hl7.org/fhir/sid/ndc", p.code());
        }
        return new CodeableConcept(new Coding(Systems.DATA_ABSENT, "not-applicable", "Not Applicable"));
    }
}

package org.medcoder.claims.x12;

import static org.medcoder.claims.x12.SegmentSink.c;

import java.util.List;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.Modifier;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;

/** The 837P claim loop (TR3 005010X222A1 2300, 2310B, 2400). */
final class ProfessionalClaimLoop {

    private final SegmentSink out;
    private final PartyLoops parties;

    ProfessionalClaimLoop(SegmentSink out, PartyLoops parties) {
        this.out = out;
        this.parties = parties;
    }

    void write(ProfessionalClaim claim) {
        var h = claim.header();
        // CLM05 = place of service : B (place of service codes for professional services) : frequency.
        // CLM06-09: provider signature on file, assignment accepted, benefits assigned, release of information (I).
        out.segment("CLM", h.id().value(), X12Values.amount(claim.totalCharge()), "", "",
                c(claim.placeOfService().value(), "B", h.frequency().code()), "Y", "A", "Y", "I");
        h.priorAuthorization().ifPresent(a -> out.segment("REF", "G1", a));
        h.payerClaimControlNumber().ifPresent(n -> out.segment("REF", "F8", n));
        out.segment("HI", diagnoses(claim.diagnoses()));
        claim.renderingProvider().ifPresent(p -> {
            parties.provider("82", p);
            p.taxonomy().ifPresent(t -> out.segment("PRV", "PE", "PXC", t.value()));
        });
        int n = 1;
        for (ProfessionalLine line : claim.lines()) {
            line(n++, line);
        }
    }

    /** HI01 ABK principal, HI02-HI12 ABF other diagnoses; codes without the dot (TR3 2300 HI). */
    private static Object[] diagnoses(List<Diagnosis> dx) {
        Object[] elements = new Object[dx.size()];
        for (int i = 0; i < dx.size(); i++) {
            elements[i] = c(i == 0 ? "ABK" : "ABF", dx.get(i).code().value());
        }
        return elements;
    }

    private void line(int n, ProfessionalLine line) {
        out.segment("LX", Integer.toString(n));
        String[] procedure = new String[2 + line.modifiers().size()];
        procedure[0] = "HC";
        procedure[1] = line.procedure().value();
        List<Modifier> mods = line.modifiers();
        for (int i = 0; i < mods.size(); i++) {
            procedure[2 + i] = mods.get(i).value();
        }
        String[] pointers = new String[line.diagnosisPointers().size()];
        for (int i = 0; i < pointers.length; i++) {
            pointers[i] = Integer.toString(line.diagnosisPointers().get(i));
        }
        out.segment("SV1", procedure, X12Values.amount(line.charge()), "UN", X12Values.decimal(line.units()), "", "",
                pointers);
        out.segment("DTP", "472", X12Values.rangeQualifier(line.serviceDates()), X12Values.dates(line.serviceDates()));
    }
}

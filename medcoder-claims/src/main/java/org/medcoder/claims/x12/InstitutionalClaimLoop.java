package org.medcoder.claims.x12;

import static org.medcoder.claims.x12.SegmentSink.c;

import java.util.List;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.InstitutionalLine;
import org.medcoder.claims.Procedure;
import org.medcoder.core.IcdCmCode;

/** The 837I claim loop (TR3 005010X223A2 2300, 2310A, 2400). */
final class InstitutionalClaimLoop {

    private static final int PER_HI = 12;

    private final SegmentSink out;
    private final PartyLoops parties;

    InstitutionalClaimLoop(SegmentSink out, PartyLoops parties) {
        this.out = out;
        this.parties = parties;
    }

    void write(InstitutionalClaim claim) {
        var h = claim.header();
        // CLM05 = facility type code : A (UB-04 type of bill) : frequency; CLM06 not used on the 837I.
        out.segment("CLM", h.id().value(), X12Values.amount(claim.totalCharge()), "", "",
                c(claim.typeOfBill().facilityCode(), "A", h.frequency().code()), "", "A", "Y", "I");
        out.segment("DTP", "434", "RD8", X12Values.range(claim.statementPeriod()));
        claim.admissionDate().ifPresent(d -> out.segment("DTP", "435", "D8", X12Values.date(d)));
        out.segment("CL1", claim.admissionType().orElse(""), claim.admissionSource().orElse(""), claim.patientStatus());
        h.priorAuthorization().ifPresent(a -> out.segment("REF", "G1", a));
        h.payerClaimControlNumber().ifPresent(n -> out.segment("REF", "F8", n));
        codes(claim);
        parties.provider("71", claim.attendingProvider());
        claim.attendingProvider().taxonomy().ifPresent(t -> out.segment("PRV", "AT", "PXC", t.value()));
        int n = 1;
        for (InstitutionalLine line : claim.lines()) {
            line(n++, line);
        }
    }

    /** HI segments in TR3 order: ABK, ABJ, APR, ABF (2 x 12), BBR, BBQ (2 x 12). */
    private void codes(InstitutionalClaim claim) {
        List<Diagnosis> dx = claim.diagnoses();
        out.segment("HI", (Object) diagnosis("ABK", dx.get(0)));
        claim.admittingDiagnosis().ifPresent(a -> out.segment("HI", (Object) c("ABJ", a.value())));
        if (!claim.reasonsForVisit().isEmpty()) {
            List<IcdCmCode> r = claim.reasonsForVisit();
            Object[] e = new Object[r.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = c("APR", r.get(i).value());
            }
            out.segment("HI", e);
        }
        for (int from = 1; from < dx.size(); from += PER_HI) {
            List<Diagnosis> part = dx.subList(from, Math.min(dx.size(), from + PER_HI));
            Object[] e = new Object[part.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = diagnosis("ABF", part.get(i));
            }
            out.segment("HI", e);
        }
        List<Procedure> px = claim.procedures();
        if (!px.isEmpty()) {
            out.segment("HI", (Object) procedure("BBR", px.get(0)));
        }
        for (int from = 1; from < px.size(); from += PER_HI) {
            List<Procedure> part = px.subList(from, Math.min(px.size(), from + PER_HI));
            Object[] e = new Object[part.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = procedure("BBQ", part.get(i));
            }
            out.segment("HI", e);
        }
    }

    /** A diagnosis composite; the POA indicator goes in C022-9 (TR3 2300 HI01-9). */
    private static String[] diagnosis(String qualifier, Diagnosis d) {
        String poa = d.poa().map(Enum::name).orElse("");
        return c(qualifier, d.code().value(), "", "", "", "", "", "", poa);
    }

    private static String[] procedure(String qualifier, Procedure p) {
        return c(qualifier, p.code().value(), "D8", X12Values.date(p.date()));
    }

    private void line(int n, InstitutionalLine line) {
        out.segment("LX", Integer.toString(n));
        Object procedure = "";
        if (line.procedure().isPresent()) {
            String[] p = new String[2 + line.modifiers().size()];
            p[0] = "HC";
            p[1] = line.procedure().get().value();
            for (int i = 0; i < line.modifiers().size(); i++) {
                p[2 + i] = line.modifiers().get(i).value();
            }
            procedure = p;
        }
        out.segment("SV2", line.revenueCode().value(), procedure, X12Values.amount(line.charge()), "UN",
                X12Values.decimal(line.units()));
        line.serviceDates().ifPresent(d -> out.segment("DTP", "472", X12Values.rangeQualifier(d), X12Values.dates(d)));
    }
}

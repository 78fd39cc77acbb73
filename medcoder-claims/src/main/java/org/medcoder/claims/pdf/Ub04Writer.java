package org.medcoder.claims.pdf;

import static org.medcoder.claims.pdf.FormText.*;
import static org.medcoder.claims.pdf.Ub04Layout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.medcoder.claims.ClaimHeader;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.InstitutionalLine;
import org.medcoder.claims.Modifier;
import org.medcoder.claims.Person;
import org.medcoder.claims.Procedure;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Money;

/**
 * Writes institutional claims as UB-04 (CMS-1450) forms in a PDF, filled as the NUBC form locators ask: type of
 * bill with its leading zero (FL4), dates as MMDDYY (birth date MMDDYYYY), diagnosis version qualifier 0 =
 * ICD-10 (FL66), ICD-10-CM codes without the dot with their POA indicator (FL67), ICD-10-PCS codes with their dates
 * (FL74). Each page holds 22 revenue lines; line 23 carries revenue code 0001, the page number, the creation date
 * and, on the last page, the total charges.
 *
 * <p>The paper form has room for the principal and 17 other diagnoses and the principal and 5 other procedures;
 * further ones (the 837I carries up to 24 of each) are listed in the remarks (FL80). Form locators the claim model
 * does not hold (condition, occurrence and value codes, non-covered charges, operating physician) stay blank.
 */
public final class Ub04Writer {

    private final LocalDate createdOn;

    /**
     * A writer that prints the given creation date on line 23.
     *
     * @param createdOn the date printed as the bill's creation date
     */
    public Ub04Writer(LocalDate createdOn) {
        this.createdOn = Objects.requireNonNull(createdOn, "createdOn");
    }

    /** Writes one PDF with the form(s) of each claim, in order. */
    public void write(List<InstitutionalClaim> claims, OutputStream out) throws IOException {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("no institutional claims to write");
        }
        try (PDDocument doc = new PDDocument()) {
            for (InstitutionalClaim claim : claims) {
                addForms(doc, claim);
            }
            doc.save(out);
        }
    }

    private void addForms(PDDocument doc, InstitutionalClaim claim) {
        List<InstitutionalLine> lines = claim.lines();
        int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
        for (int page = 0; page < pages; page++) {
            try (FormCanvas c = new FormCanvas(doc)) {
                Ub04Form.draw(c);
                fillBillAndPatient(c, claim);
                fillPayerAndInsured(c, claim.header());
                fillCodes(c, claim);
                int from = page * LINES_PER_PAGE;
                List<InstitutionalLine> onPage = lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE));
                for (int i = 0; i < onPage.size(); i++) {
                    fillLine(c, i, onPage.get(i));
                }
                fillTotals(c, claim, page, pages);
            }
        }
    }

    private static void fillBillAndPatient(FormCanvas c, InstitutionalClaim claim) {
        var billing = claim.header().billingProvider();
        c.text(FL1, 0, name(billing.provider()));
        c.text(FL1, 1, street(billing.address()));
        c.text(FL1, 2, cityLine(billing.address()));
        c.text(FL3A, claim.id().value());
        c.text(FL4, claim.typeOfBill().value());
        c.text(FL5, taxId(billing.taxId().value()));
        c.text(FL6.x() + 20, FL6.bottom() - 2.5f, ubDate(claim.statementPeriod().from()));
        c.text(FL6.x() + 76, FL6.bottom() - 2.5f, ubDate(claim.statementPeriod().to()));
        Person patient = claim.header().patientPerson();
        c.text(FL8B, name(patient));
        c.text(FL9A, street(patient.address()));
        c.text(FL9B, upper(patient.address().city()));
        c.text(FL9C, patient.address().state());
        c.text(FL9D, zip(patient.address().zip()));
        // Birth date with the four-digit year (NUBC FL10: MMDDCCYY).
        c.text(FL10, longDate(patient.birthDate()).replace(" ", ""));
        c.text(FL11, patient.sex().name());
        claim.admissionDate().ifPresent(d -> c.text(FL12, ubDate(d)));
        claim.admissionType().ifPresent(t -> c.text(FL14, t));
        claim.admissionSource().ifPresent(s -> c.text(FL15, s));
        c.text(FL17, claim.patientStatus());
    }

    private static void fillPayerAndInsured(FormCanvas c, ClaimHeader h) {
        c.text(row(FL50, 0), upper(h.payer().name()));
        c.text(row(FL51, 0), h.payer().id());
        // Release of information (I = informed consent) and assignment of benefits (Y), as the 837I medcoder writes
        // for the claim sends them in CLM09 and CLM08.
        c.text(row(FL52, 0), "I");
        c.text(row(FL53, 0), "Y");
        c.text(FL56.x() + 22, FL56.bottom() - 2.5f, h.billingProvider().provider().npi().value());
        c.text(row(FL58, 0), name(h.subscriber().person()));
        // FL59 patient's relationship to the insured: NUBC/X12 code, 18 = self.
        c.text(row(FL59, 0), h.patient().map(p -> p.relationship().code()).orElse("18"));
        c.text(row(FL60, 0), upper(h.subscriber().memberId()));
        h.subscriber().groupNumber().ifPresent(g -> c.text(row(FL62, 0), upper(g)));
        h.priorAuthorization().ifPresent(a -> c.text(row(FL63, 0), upper(a)));
        // FL64: the payer's control number of the bill being replaced or voided (frequency 7 or 8).
        h.payerClaimControlNumber().ifPresent(n -> c.text(row(FL64, 0), n));
    }

    private static void fillCodes(FormCanvas c, InstitutionalClaim claim) {
        c.text(FL66, "0");
        List<Diagnosis> dx = claim.diagnoses();
        for (int i = 0; i < Math.min(dx.size(), 18); i++) {
            Field box = diagnosis(i);
            c.text(box.x() + 3, box.bottom() - 2.5f, dx.get(i).code().value());
            dx.get(i).poa().ifPresent(p -> c.text(box.right() - 8, box.bottom() - 2.5f, p.name()));
        }
        claim.admittingDiagnosis().ifPresent(a -> c.text(FL69, a.value()));
        List<IcdCmCode> reasons = claim.reasonsForVisit();
        for (int i = 0; i < reasons.size(); i++) {
            c.text(reasonForVisit(i), reasons.get(i).value());
        }
        List<Procedure> px = claim.procedures();
        for (int i = 0; i < Math.min(px.size(), 6); i++) {
            Field box = procedure(i);
            c.text(box.x() + 3, box.bottom() - 2.5f, px.get(i).code().value());
            c.text(box.x() + 60, box.bottom() - 2.5f, ubDate(px.get(i).date()));
        }
        var attending = claim.attendingProvider();
        c.text(FL76, attending.npi().value() + "  " + upper(attending.name() + ", " + attending.firstName().orElse("")));
        claim.header().billingProvider().provider().taxonomy().ifPresent(t -> c.text(FL81, 0, "a  B3  " + t.value()));
        fillRemarks(c, dx, px);
    }

    private static void fillRemarks(FormCanvas c, List<Diagnosis> dx, List<Procedure> px) {
        int line = 0;
        if (dx.size() > 18) {
            c.text(FL80, line++, "MORE DX: " + dx.subList(18, dx.size()).stream()
                    .map(d -> d.code().value() + d.poa().map(p -> "-" + p.name()).orElse(""))
                    .collect(Collectors.joining(" ")));
        }
        if (px.size() > 6) {
            c.text(FL80, line, "MORE PROC: " + px.subList(6, px.size()).stream()
                    .map(p -> p.code().value() + " " + ubDate(p.date())).collect(Collectors.joining(" ")));
        }
    }

    private static void fillLine(FormCanvas c, int i, InstitutionalLine line) {
        c.text(cell(FL42, i).x() + 3, cell(FL42, i).bottom() - 2.2f, line.revenueCode().value());
        c.text(cell(FL43, i).x() + 3, cell(FL43, i).bottom() - 2.2f, RevenueCategories.caption(line.revenueCode().value()));
        line.procedure().ifPresent(p -> {
            String mods = line.modifiers().stream().map(Modifier::value).collect(Collectors.joining(" "));
            c.text(cell(FL44, i).x() + 3, cell(FL44, i).bottom() - 2.2f, (p.value() + " " + mods).strip());
        });
        line.serviceDates().ifPresent(d -> c.text(cell(FL45, i).x() + 3, cell(FL45, i).bottom() - 2.2f, ubDate(d.from())));
        c.textRight(cell(FL46, i).right() - 3, cell(FL46, i).bottom() - 2.2f, line.units().toPlainString());
        c.textRight(cell(FL47, i).right() - 3, cell(FL47, i).bottom() - 2.2f, line.charge().toString());
    }

    private void fillTotals(FormCanvas c, InstitutionalClaim claim, int page, int pages) {
        int total = LINES_PER_PAGE;
        // Line 23: revenue code 0001 (total charges), page x of y, creation date, totals on the last page (NUBC).
        c.text(cell(FL42, total).x() + 3, cell(FL42, total).bottom() - 2.2f, "0001");
        c.text(cell(FL43, total).x() + 3, cell(FL43, total).bottom() - 2.2f, "PAGE " + (page + 1) + " OF " + pages);
        c.text(cell(FL44, total).x() + 3, cell(FL44, total).bottom() - 2.2f, "CREATION DATE");
        c.text(cell(FL45, total).x() + 3, cell(FL45, total).bottom() - 2.2f, ubDate(createdOn));
        if (page == pages - 1) {
            Money sum = claim.totalCharge();
            c.textRight(cell(FL47, total).right() - 3, cell(FL47, total).bottom() - 2.2f, sum.toString());
        }
    }
}

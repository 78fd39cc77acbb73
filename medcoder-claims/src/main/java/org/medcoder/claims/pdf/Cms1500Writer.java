package org.medcoder.claims.pdf;

import static org.medcoder.claims.pdf.Cms1500Layout.*;
import static org.medcoder.claims.pdf.FormText.*;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.Modifier;
import org.medcoder.claims.Person;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;
import org.medcoder.claims.Provider;
import org.medcoder.claims.Subscriber;

/**
 * Writes professional claims as CMS-1500 (02/12) forms in a PDF, filled as the NUCC 1500 Reference Instruction
 * Manual (form version 02/12) describes: capital letters, dates as digits, diagnosis codes without the dot behind
 * the ICD indicator 0 (ICD-10-CM), diagnosis pointers as the letters A-L. A claim with more than six service lines
 * continues on further forms; only the last carries the total charge (item 28), the others say CONTINUED.
 *
 * <p>Items the claim model does not hold (accident questions, other insurance, referring provider, service
 * facility, amount paid) are left blank rather than guessed.
 */
public final class Cms1500Writer {

    private final LocalDate signedOn;

    /**
     * A writer that dates the provider's signature (item 31) with the given day.
     *
     * @param signedOn the date printed beside "SIGNATURE ON FILE" in item 31
     */
    public Cms1500Writer(LocalDate signedOn) {
        this.signedOn = Objects.requireNonNull(signedOn, "signedOn");
    }

    /** Writes one PDF with the form(s) of each claim, in order. */
    public void write(List<ProfessionalClaim> claims, OutputStream out) throws IOException {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("no professional claims to write");
        }
        try (PDDocument doc = new PDDocument()) {
            for (ProfessionalClaim claim : claims) {
                addForms(doc, claim);
            }
            doc.save(out);
        }
    }

    private void addForms(PDDocument doc, ProfessionalClaim claim) {
        List<ProfessionalLine> lines = claim.lines();
        int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
        for (int page = 0; page < pages; page++) {
            try (FormCanvas c = new FormCanvas(doc)) {
                String note = pages > 1 ? "PAGE " + (page + 1) + " OF " + pages : "";
                Cms1500Form.draw(c, checked(claim), note);
                fillPatientAndInsured(c, claim);
                fillClaimData(c, claim);
                int from = page * LINES_PER_PAGE;
                List<ProfessionalLine> onPage = lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE));
                for (int i = 0; i < onPage.size(); i++) {
                    fillLine(c, i, onPage.get(i), claim);
                }
                fillProvider(c, claim, page == pages - 1);
            }
        }
    }

    /** The check boxes to tick, keyed as {@link Cms1500Form} draws them. */
    static Set<String> checked(ProfessionalClaim claim) {
        Set<String> keys = new HashSet<>();
        Subscriber sub = claim.header().subscriber();
        keys.add("1:" + coverage(sub.claimFilingCode()));
        sex(keys, "3", claim.header().patientPerson());
        keys.add("6:" + claim.header().patient().map(p -> switch (p.relationship()) {
            case SPOUSE -> "SPOUSE";
            case CHILD -> "CHILD";
            default -> "OTHER";
        }).orElse("SELF"));
        sex(keys, "11a", sub.person());
        keys.add("25:EIN");
        // The 837P medcoder writes for the claim accepts assignment (CLM07 = A), so the form says the same.
        keys.add("27:YES");
        return keys;
    }

    private static void sex(Set<String> keys, String item, Person p) {
        switch (p.sex()) {
            case M -> keys.add(item + ":M");
            case F -> keys.add(item + ":F");
            default -> { } // unknown: neither box (NUCC: leave blank if unknown)
        }
    }

    /**
     * Item 1 coverage type from the claim filing indicator (TR3 SBR09): MA/MB Medicare, MC Medicaid, CH TRICARE,
     * VA CHAMPVA, commercial and managed-care codes group health plan, everything else (auto, liability, workers'
     * compensation...) other.
     */
    static String coverage(String filingCode) {
        return switch (filingCode) {
            case "MA", "MB" -> "MEDICARE";
            case "MC" -> "MEDICAID";
            case "CH" -> "TRICARE";
            case "VA" -> "CHAMPVA";
            case "12", "13", "14", "15", "16", "17", "BL", "CI", "DS", "HM" -> "GROUP HEALTH PLAN";
            default -> "OTHER";
        };
    }

    private static void fillPatientAndInsured(FormCanvas c, ProfessionalClaim claim) {
        Subscriber sub = claim.header().subscriber();
        Person patient = claim.header().patientPerson();
        c.text(CARRIER, 0, upper(claim.header().payer().name()));
        c.text(CARRIER, 1, "PAYER ID " + claim.header().payer().id());
        c.text(ITEM_1A, upper(sub.memberId()));
        c.text(ITEM_2, name(patient));
        c.text(ITEM_3.x() + 3, ITEM_3.bottom() - 2.5f, longDate(patient.birthDate()));
        c.text(ITEM_4, name(sub.person()));
        c.text(ITEM_5, street(patient.address()));
        c.text(ITEM_5_CITY, upper(patient.address().city()));
        c.text(ITEM_5_STATE, patient.address().state());
        c.text(ITEM_5_ZIP, zip(patient.address().zip()));
        c.text(ITEM_7, street(sub.person().address()));
        c.text(ITEM_7_CITY, upper(sub.person().address().city()));
        c.text(ITEM_7_STATE, sub.person().address().state());
        c.text(ITEM_7_ZIP, zip(sub.person().address().zip()));
        c.text(ITEM_11, sub.groupNumber().map(FormText::upper).orElse("NONE"));
        c.text(ITEM_11A.x() + 3, ITEM_11A.bottom() - 2.5f, longDate(sub.person().birthDate()));
        c.text(ITEM_11C, upper(claim.header().payer().name()));
    }

    private void fillClaimData(FormCanvas c, ProfessionalClaim claim) {
        c.text(ITEM_12.x() + 3, ITEM_12.bottom() - 3, "SIGNED  SIGNATURE ON FILE");
        c.text(ITEM_13.x() + 3, ITEM_13.bottom() - 3, "SIGNED  SIGNATURE ON FILE");
        // Item 21: ICD indicator 0 = ICD-10-CM; codes without the decimal point (NUCC 1500 manual, item 21).
        c.text(ITEM_21_IND.right() - 8, ITEM_21_IND.bottom() - 3, "0");
        List<Diagnosis> dx = claim.diagnoses();
        for (int i = 0; i < dx.size(); i++) {
            Field slot = diagnosis(i);
            c.text(slot.x() + 13, slot.bottom() - 3, dx.get(i).code().value());
        }
        // Item 22: the frequency code 7 (replacement) or 8 (void) and the payer's number of the original claim.
        if (claim.header().frequency().refersToPriorClaim()) {
            c.text(ITEM_22.x() + 3, ITEM_22.bottom() - 2.5f, claim.header().frequency().code());
            c.text(ITEM_22.x() + 80, ITEM_22.bottom() - 2.5f, claim.header().payerClaimControlNumber().orElse(""));
        }
        claim.header().priorAuthorization().ifPresent(pa -> c.text(ITEM_23, upper(pa)));
    }

    private static void fillLine(FormCanvas c, int i, ProfessionalLine line, ProfessionalClaim claim) {
        c.text(cell(COL_24A_FROM, i), shortDate(line.serviceDates().from()));
        c.text(cell(COL_24A_TO, i), shortDate(line.serviceDates().to()));
        c.text(cell(COL_24B, i), claim.placeOfService().value());
        c.text(cell(COL_24D, i), line.procedure().value());
        List<Modifier> mods = line.modifiers();
        for (int m = 0; m < mods.size(); m++) {
            c.text(modifier(i, m), mods.get(m).value());
        }
        c.text(cell(COL_24E, i), line.diagnosisPointers().stream()
                .map(p -> String.valueOf((char) ('A' + p - 1))).collect(Collectors.joining()));
        c.textRight(cell(COL_24F, i), line.charge().toString());
        c.textRight(cell(COL_24G, i), line.units().toPlainString());
        claim.renderingProvider().ifPresent(r -> {
            c.text(cell(COL_24J, i), r.npi().value());
            // The shaded half carries a secondary id behind its qualifier; ZZ = provider taxonomy.
            r.taxonomy().ifPresent(t -> {
                c.text(shadedCell(COL_24I, i), "ZZ");
                c.text(shadedCell(COL_24J, i), t.value());
            });
        });
    }

    private void fillProvider(FormCanvas c, ProfessionalClaim claim, boolean lastPage) {
        var billing = claim.header().billingProvider();
        // Item 25 without the hyphen (NUCC 1500 manual, item 25).
        c.text(ITEM_25, billing.taxId().value());
        c.text(ITEM_26, claim.id().value());
        if (lastPage) {
            c.textRight(ITEM_28, claim.totalCharge().toString());
        } else {
            c.text(ITEM_28, "CONTINUED");
        }
        Provider signer = claim.renderingProvider().orElse(billing.provider());
        c.text(ITEM_31, 0, "SIGNATURE ON FILE");
        c.text(ITEM_31, 1, name(signer));
        c.text(ITEM_31.x() + 3, ITEM_31.bottom() - 3, "DATE " + shortDate(signedOn));
        c.text(ITEM_33, 0, name(billing.provider()));
        c.text(ITEM_33, 1, street(billing.address()));
        c.text(ITEM_33, 2, cityLine(billing.address()));
        c.text(ITEM_33A.x() + 18, ITEM_33A.bottom() - 3, billing.provider().npi().value());
        billing.provider().taxonomy().ifPresent(t -> c.text(ITEM_33B.x() + 6, ITEM_33B.bottom() - 3, "ZZ" + t.value()));
    }
}

package org.medcoder.claims.x12;

import com.imsweb.x12.Element;
import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoder.claims.Address;
import org.medcoder.claims.BillingProvider;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimHeader;
import org.medcoder.claims.ClaimId;
import org.medcoder.claims.DateRange;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.EntityType;
import org.medcoder.claims.FrequencyCode;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.InstitutionalLine;
import org.medcoder.claims.Modifier;
import org.medcoder.claims.Npi;
import org.medcoder.claims.Patient;
import org.medcoder.claims.Payer;
import org.medcoder.claims.Person;
import org.medcoder.claims.PlaceOfService;
import org.medcoder.claims.PresentOnAdmission;
import org.medcoder.claims.Procedure;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;
import org.medcoder.claims.Provider;
import org.medcoder.claims.Relationship;
import org.medcoder.claims.RevenueCode;
import org.medcoder.claims.Sex;
import org.medcoder.claims.Subscriber;
import org.medcoder.claims.TaxId;
import org.medcoder.claims.TaxonomyCode;
import org.medcoder.claims.TypeOfBill;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Money;
import org.medcoder.core.PcsCode;

/**
 * The proof's second opinion: reads an 837 with the independent imsweb x12-parser and rebuilds medcoder claims from
 * its loop tree, without any of medcoder's X12 code. Round-trip tests compare these claims with the ones written.
 */
final class ImswebClaims {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    /** What the parser made of a file: its errors and the claims rebuilt from it, in file order. */
    record Parsed(List<String> errors, List<Claim> claims) {
    }

    private ImswebClaims() {
    }

    static Parsed read(String edi, boolean institutional) {
        X12Reader reader;
        try {
            reader = new X12Reader(institutional ? X12Reader.FileType.ANSI837_5010_X223 : X12Reader.FileType.ANSI837_5010_X222,
                    new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>(reader.getFatalErrors());
        for (String e : reader.getErrors()) {
            // imsweb 1.13 counts every HI of an 837I 2300 loop against the first HI definition (Principal Diagnosis,
            // max use 1), so any claim with more than the principal diagnosis gets this message although the TR3
            // allows separate HI segments for admitting, other diagnoses and procedures. The segments are still read.
            if (!(institutional && e.equals("HI in loop 2300 appears too many times"))) {
                errors.add(e);
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Loop isa : reader.getLoops()) {
            for (Loop clm : isa.findLoop("2300")) {
                claims.add(institutional ? institutional(clm) : professional(clm));
            }
        }
        return new Parsed(errors, claims);
    }

    private static ClaimHeader header(Loop clm) {
        Loop patientOrSubscriber = clm.getParent();
        Loop subscriberLoop = "2000C".equals(patientOrSubscriber.getId()) ? patientOrSubscriber.getParent() : patientOrSubscriber;
        Loop billing = subscriberLoop.getParent();
        Segment claim = clm.getSegment("CLM");
        String[] location = parts(claim.getElement("CLM05"));
        Optional<String> controlNumber = ref(clm, "F8");
        Optional<String> prior = ref(clm, "G1");
        Optional<Patient> patient = Optional.empty();
        if ("2000C".equals(patientOrSubscriber.getId())) {
            Loop p = patientOrSubscriber.getLoop("2010CA");
            patient = Optional.of(new Patient(relationship(patientOrSubscriber.getSegment("PAT").getElementValue("PAT01")), person(p)));
        }
        return new ClaimHeader(new ClaimId(claim.getElementValue("CLM01")), FrequencyCode.parse(location[2]), controlNumber,
                billing(billing), subscriber(subscriberLoop), patient, payer(subscriberLoop.getLoop("2010BB")), prior);
    }

    private static ProfessionalClaim professional(Loop clm) {
        ClaimHeader header = header(clm);
        String[] location = parts(clm.getSegment("CLM").getElement("CLM05"));
        List<Diagnosis> dx = new ArrayList<>();
        for (Element e : clm.getSegment("HI")) {
            if (e.getId().startsWith("HI") && !e.getValue().isEmpty()) {
                dx.add(Diagnosis.of(IcdCmCode.parse(parts(e)[1])));
            }
        }
        Optional<Provider> rendering = clm.hasLoop("2310B") ? Optional.of(provider(clm.getLoop("2310B"))) : Optional.empty();
        List<ProfessionalLine> lines = new ArrayList<>();
        for (Loop l : clm.findLoop("2400")) {
            Segment sv1 = l.getSegment("SV1");
            String[] proc = parts(sv1.getElement("SV101"));
            List<Integer> pointers = new ArrayList<>();
            for (String p : parts(sv1.getElement("SV107"))) {
                if (!p.isEmpty()) {
                    pointers.add(Integer.parseInt(p));
                }
            }
            lines.add(new ProfessionalLine(HcpcsCode.parse(proc[1]), modifiers(proc), new BigDecimal(sv1.getElementValue("SV104")),
                    Money.parse(sv1.getElementValue("SV102")), pointers, dates(l.getSegment("DTP"))));
        }
        return new ProfessionalClaim(header, PlaceOfService.parse(location[0]), rendering, dx, lines);
    }

    private static InstitutionalClaim institutional(Loop clm) {
        ClaimHeader header = header(clm);
        String[] location = parts(clm.getSegment("CLM").getElement("CLM05"));
        DateRange statement = null;
        Optional<LocalDate> admission = Optional.empty();
        for (Segment dtp : clm.findSegment("DTP")) {
            if (dtp.getElementValue("DTP01").equals("434")) {
                statement = dates(dtp);
            } else if (dtp.getElementValue("DTP01").equals("435")) {
                admission = Optional.of(LocalDate.parse(dtp.getElementValue("DTP03"), D8));
            }
        }
        Segment cl1 = clm.getSegment("CL1");
        List<Diagnosis> dx = new ArrayList<>();
        Optional<IcdCmCode> admitting = Optional.empty();
        List<IcdCmCode> reasons = new ArrayList<>();
        List<Procedure> procedures = new ArrayList<>();
        for (Segment hi : clm.findSegment("HI")) {
            for (Element e : hi) {
                if (!e.getId().startsWith("HI") || e.getValue().isEmpty()) {
                    continue;
                }
                String[] p = parts(e);
                switch (p[0]) {
                    case "ABK", "ABF" -> dx.add(new Diagnosis(IcdCmCode.parse(p[1]),
                            p.length > 8 && !p[8].isEmpty() ? Optional.of(PresentOnAdmission.parse(p[8])) : Optional.empty()));
                    case "ABJ" -> admitting = Optional.of(IcdCmCode.parse(p[1]));
                    case "APR" -> reasons.add(IcdCmCode.parse(p[1]));
                    case "BBR", "BBQ" -> procedures.add(new Procedure(PcsCode.parse(p[1]), LocalDate.parse(p[3], D8)));
                    default -> throw new IllegalStateException("unexpected HI qualifier " + p[0]);
                }
            }
        }
        List<InstitutionalLine> lines = new ArrayList<>();
        for (Loop l : clm.findLoop("2400")) {
            Segment sv2 = l.getSegment("SV2");
            String procText = sv2.getElementValue("SV202");
            Optional<HcpcsCode> proc = Optional.empty();
            List<Modifier> mods = List.of();
            if (procText != null && !procText.isEmpty()) {
                String[] p = parts(sv2.getElement("SV202"));
                proc = Optional.of(HcpcsCode.parse(p[1]));
                mods = modifiers(p);
            }
            Segment dtp = l.getSegment("DTP");
            lines.add(new InstitutionalLine(RevenueCode.parse(sv2.getElementValue("SV201")), proc, mods,
                    new BigDecimal(sv2.getElementValue("SV205")), Money.parse(sv2.getElementValue("SV203")),
                    dtp == null ? Optional.empty() : Optional.of(dates(dtp))));
        }
        return new InstitutionalClaim(header, TypeOfBill.parse("0" + location[0] + location[2]), statement, admission,
                optional(cl1.getElementValue("CL101")), optional(cl1.getElementValue("CL102")), cl1.getElementValue("CL103"),
                provider(clm.getLoop("2310A")), dx, admitting, reasons, procedures, lines);
    }

    private static BillingProvider billing(Loop a) {
        Loop aa = a.getLoop("2010AA");
        Provider p = providerName(aa.getSegment("NM1"), taxonomy(a));
        return new BillingProvider(p, TaxId.parse(ref(aa, "EI").orElseThrow()), address(aa));
    }

    private static Provider provider(Loop l) {
        return providerName(l.getSegment("NM1"), taxonomy(l));
    }

    private static Optional<TaxonomyCode> taxonomy(Loop l) {
        Segment prv = l.getSegment("PRV");
        return prv == null ? Optional.empty() : Optional.of(TaxonomyCode.parse(prv.getElementValue("PRV03")));
    }

    private static Provider providerName(Segment nm1, Optional<TaxonomyCode> taxonomy) {
        EntityType type = EntityType.parse(nm1.getElementValue("NM102"));
        return new Provider(type, nm1.getElementValue("NM103"), optional(nm1.getElementValue("NM104")),
                Npi.parse(nm1.getElementValue("NM109")), taxonomy);
    }

    private static Subscriber subscriber(Loop b) {
        Segment sbr = b.getSegment("SBR");
        Loop ba = b.getLoop("2010BA");
        return new Subscriber(ba.getSegment("NM1").getElementValue("NM109"), optional(sbr.getElementValue("SBR03")),
                sbr.getElementValue("SBR09"), person(ba));
    }

    private static Payer payer(Loop bb) {
        Segment nm1 = bb.getSegment("NM1");
        return new Payer(nm1.getElementValue("NM103"), nm1.getElementValue("NM109"));
    }

    private static Person person(Loop l) {
        Segment nm1 = l.getSegment("NM1");
        Segment dmg = l.getSegment("DMG");
        return new Person(nm1.getElementValue("NM103"), nm1.getElementValue("NM104"), optional(nm1.getElementValue("NM105")),
                LocalDate.parse(dmg.getElementValue("DMG02"), D8), Sex.parse(dmg.getElementValue("DMG03")), address(l));
    }

    private static Address address(Loop l) {
        Segment n3 = l.getSegment("N3");
        Segment n4 = l.getSegment("N4");
        return new Address(n3.getElementValue("N301"), optional(n3.getElementValue("N302")), n4.getElementValue("N401"),
                n4.getElementValue("N402"), n4.getElementValue("N403"));
    }

    private static Optional<String> ref(Loop l, String qualifier) {
        for (Segment ref : l.findSegment("REF")) {
            if (ref.getElementValue("REF01").equals(qualifier)) {
                return Optional.of(ref.getElementValue("REF02"));
            }
        }
        return Optional.empty();
    }

    private static Relationship relationship(String code) {
        return Relationship.parse(code);
    }

    private static DateRange dates(Segment dtp) {
        String v = dtp.getElementValue("DTP03");
        if (dtp.getElementValue("DTP02").equals("RD8")) {
            return DateRange.of(LocalDate.parse(v.substring(0, 8), D8), LocalDate.parse(v.substring(9), D8));
        }
        return DateRange.day(LocalDate.parse(v, D8));
    }

    private static List<Modifier> modifiers(String[] procedure) {
        List<Modifier> mods = new ArrayList<>();
        for (int i = 2; i < procedure.length && i < 6; i++) {
            if (!procedure[i].isEmpty()) {
                mods.add(Modifier.parse(procedure[i]));
            }
        }
        return mods;
    }

    /** The components of a composite element, first at index 0. */
    private static String[] parts(Element e) {
        return e.getValue().split(":", -1);
    }

    private static Optional<String> optional(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}

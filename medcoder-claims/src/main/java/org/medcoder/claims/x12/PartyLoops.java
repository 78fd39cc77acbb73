package org.medcoder.claims.x12;

import static org.medcoder.claims.x12.SegmentSink.c;

import org.medcoder.claims.Address;
import org.medcoder.claims.BillingProvider;
import org.medcoder.claims.EntityType;
import org.medcoder.claims.Patient;
import org.medcoder.claims.Payer;
import org.medcoder.claims.Person;
import org.medcoder.claims.Provider;
import org.medcoder.claims.Receiver;
import org.medcoder.claims.Submitter;
import org.medcoder.claims.Subscriber;

/**
 * The party loops shared by 837P and 837I (TR3 1000A, 1000B, 2000A/2010AA, 2000B/2010BA/2010BB, 2000C/2010CA):
 * same segments and qualifiers in both guides.
 */
final class PartyLoops {

    private final SegmentSink out;

    PartyLoops(SegmentSink out) {
        this.out = out;
    }

    /** 1000A submitter (NM1*41, PER*IC) and 1000B receiver (NM1*40). */
    void submitterAndReceiver(Submitter s, Receiver r) {
        out.segment("NM1", "41", "2", s.name(), "", "", "", "", "46", s.id());
        out.segment("PER", "IC", s.contactName(), "TE", s.phone());
        out.segment("NM1", "40", "2", r.name(), "", "", "", "", "46", r.id());
    }

    /** 2000A billing provider level (HL*n**20*1, PRV*BI) and 2010AA name, address and tax id. */
    void billingProvider(int hl, BillingProvider b) {
        out.segment("HL", Integer.toString(hl), "", "20", "1");
        b.provider().taxonomy().ifPresent(t -> out.segment("PRV", "BI", "PXC", t.value()));
        provider("85", b.provider());
        address(b.address());
        out.segment("REF", "EI", b.taxId().value());
    }

    /** 2000B subscriber level, 2010BA subscriber and 2010BB payer. */
    void subscriber(int hl, int parent, boolean hasPatients, boolean isPatient, Subscriber s, Payer payer) {
        out.segment("HL", Integer.toString(hl), Integer.toString(parent), "22", hasPatients ? "1" : "0");
        // SBR02 = 18 (self) when the subscriber is the patient of claims in this loop (TR3 2000B SBR02).
        out.segment("SBR", "P", isPatient ? "18" : "", s.groupNumber().orElse(""), "", "", "", "", "", s.claimFilingCode());
        Person p = s.person();
        out.segment("NM1", "IL", "1", p.lastName(), p.firstName(), p.middleName().orElse(""), "", "", "MI", s.memberId());
        address(p.address());
        demographics(p);
        out.segment("NM1", "PR", "2", payer.name(), "", "", "", "", "PI", payer.id());
    }

    /** 2000C patient level (HL*n*parent*23*0, PAT) and 2010CA patient name, address, demographics. */
    void patient(int hl, int parent, Patient patient) {
        out.segment("HL", Integer.toString(hl), Integer.toString(parent), "23", "0");
        out.segment("PAT", patient.relationship().code());
        Person p = patient.person();
        out.segment("NM1", "QC", "1", p.lastName(), p.firstName(), p.middleName().orElse(""));
        address(p.address());
        demographics(p);
    }

    /** An NM1 for a provider with its NPI (qualifier XX). */
    void provider(String entityCode, Provider p) {
        boolean person = p.entityType() == EntityType.PERSON;
        out.segment("NM1", entityCode, p.entityType().code(), p.name(), person ? p.firstName().orElse("") : "", "", "", "",
                "XX", p.npi().value());
    }

    private void address(Address a) {
        out.segment("N3", a.line1(), a.line2().orElse(""));
        out.segment("N4", a.city(), a.state(), a.zip());
    }

    private void demographics(Person p) {
        out.segment("DMG", "D8", X12Values.date(p.birthDate()), p.sex().name());
    }

    static String[] composite(String... parts) {
        return c(parts);
    }
}

package org.medcoder.claims.fhir;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.medcoder.claims.EntityType;
import org.medcoder.claims.Person;
import org.medcoder.claims.Provider;
import org.medcoder.claims.Sex;

/** The people and organizations of a claim as FHIR resources, contained in the Claim or EOB that names them. */
final class Parties {

    private Parties() {
    }

    /** A reference to a contained resource. */
    static Reference ref(Resource contained) {
        return new Reference("#" + contained.getIdElement().getIdPart());
    }

    static Patient patient(String id, Person p) {
        Patient patient = new Patient();
        patient.setId(id);
        HumanName name = patient.addName().setFamily(p.lastName()).addGiven(p.firstName());
        p.middleName().ifPresent(name::addGiven);
        patient.setBirthDateElement(date(p.birthDate()));
        patient.setGender(gender(p.sex()));
        patient.addAddress(address(p.address()));
        return patient;
    }

    /** A provider: a Practitioner for a person, an Organization otherwise; NPI and taxonomy as identifier/qualification. */
    static Resource provider(String id, Provider p, org.medcoder.claims.Address address) {
        if (p.entityType() == EntityType.PERSON) {
            Practitioner pr = new Practitioner();
            pr.setId(id);
            pr.addIdentifier(npi(p.npi().value()));
            pr.addName().setFamily(p.name()).addGiven(p.firstName().orElseThrow());
            if (address != null) {
                pr.addAddress(address(address));
            }
            p.taxonomy().ifPresent(t -> pr.addQualification().setCode(Systems.concept(Systems.TAXONOMY, t.value())));
            return pr;
        }
        Organization org = new Organization();
        org.setId(id);
        org.addIdentifier(npi(p.npi().value()));
        org.setName(p.name());
        if (address != null) {
            org.addAddress(address(address));
        }
        return org;
    }

    static Organization organization(String id, String name, Identifier identifier) {
        Organization org = new Organization();
        org.setId(id);
        if (!name.isBlank()) {
            org.setName(name);
        }
        if (identifier != null) {
            org.addIdentifier(identifier);
        }
        return org;
    }

    static Identifier npi(String npi) {
        return new Identifier().setSystem(Systems.NPI).setValue(npi);
    }

    /** A coverage in force (the claim says nothing about its period or status beyond that). */
    static Coverage coverage(String id, Patient beneficiary, Patient subscriber, String memberId, String relationship,
            Organization payer) {
        Coverage c = new Coverage();
        c.setId(id);
        c.setStatus(Coverage.CoverageStatus.ACTIVE);
        c.setBeneficiary(ref(beneficiary));
        c.setSubscriber(ref(subscriber));
        if (!memberId.isBlank()) {
            c.setSubscriberId(memberId);
        }
        c.setRelationship(Systems.concept(Systems.SUBSCRIBER_RELATIONSHIP, relationship));
        c.addPayor(ref(payer));
        return c;
    }

    static Address address(org.medcoder.claims.Address a) {
        Address address = new Address().addLine(a.line1()).setCity(a.city()).setState(a.state())
                .setPostalCode(a.zip().length() == 9 ? a.zip().substring(0, 5) + "-" + a.zip().substring(5) : a.zip());
        a.line2().ifPresent(address::addLine);
        return address.setCountry("US");
    }

    static AdministrativeGender gender(Sex sex) {
        return switch (sex) {
            case F -> AdministrativeGender.FEMALE;
            case M -> AdministrativeGender.MALE;
            default -> AdministrativeGender.UNKNOWN;
        };
    }

    /** A calendar date, built from its ISO text so that no time zone can move it to another day. */
    static DateType date(LocalDate d) {
        return new DateType(d.toString());
    }

    /** A calendar date as a dateTime element (day precision). */
    static DateTimeType dateTime(LocalDate d) {
        return new DateTimeType(d.toString());
    }

    /** A period of whole days. */
    static Period period(LocalDate from, LocalDate to) {
        return new Period().setStartElement(dateTime(from)).setEndElement(dateTime(to));
    }
}

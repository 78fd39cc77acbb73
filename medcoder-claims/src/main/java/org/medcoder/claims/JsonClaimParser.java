package org.medcoder.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoder.core.IcdCmCode;

/**
 * Builds one claim from its JSON object (layout in {@code claim.schema.json}), part by part, so that each mistake
 * is reported once at the path of the field that holds it. Service lines live in {@link JsonLineParser}.
 */
final class JsonClaimParser {

    private final JsonFields f;

    JsonClaimParser(JsonFields fields) {
        this.f = fields;
    }

    Claim claim(JsonNode node, String path) {
        String type = f.text(node, path, "type");
        ClaimHeader header = header(node, path);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "professional": return professional(node, path, header);
            case "institutional": return institutional(node, path, header);
            default:
                f.error("CLAIM-TYPE", path + ".type", "claim type '" + type + "' is neither professional nor institutional");
                return null;
        }
    }

    private ClaimHeader header(JsonNode node, String path) {
        ClaimId id = f.value(node, path, "claimId", "CLAIM-ID", ClaimId::of);
        FrequencyCode frequency = node.has("frequency")
                ? f.value(node, path, "frequency", "CLAIM-FREQUENCY", FrequencyCode::parse) : FrequencyCode.ORIGINAL;
        Optional<String> controlNumber = f.optionalText(node, path, "payerClaimControlNumber");
        BillingProvider billing = billingProvider(node, path);
        Subscriber subscriber = subscriber(node, path);
        Optional<Patient> patient = node.has("patient") ? Optional.ofNullable(patient(node, path)) : Optional.empty();
        if (node.has("patient") && patient.isEmpty()) {
            return null;
        }
        JsonNode p = f.object(node, path, "payer");
        Payer payer = p == null ? null : f.build(path + ".payer",
                () -> new Payer(f.text(p, path + ".payer", "name"), f.text(p, path + ".payer", "id")));
        Optional<String> priorAuth = f.optionalText(node, path, "priorAuthorization");
        return f.build(path, () -> new ClaimHeader(id, frequency, controlNumber, billing, subscriber, patient, payer,
                priorAuth), id, frequency, billing, subscriber, payer);
    }

    private BillingProvider billingProvider(JsonNode node, String path) {
        JsonNode b = f.object(node, path, "billingProvider");
        if (b == null) {
            return null;
        }
        String at = path + ".billingProvider";
        Provider provider = provider(b, at);
        TaxId taxId = f.value(b, at, "taxId", "CLAIM-TAX-ID", TaxId::parse);
        Address address = address(b, at);
        return f.build(at, () -> new BillingProvider(provider, taxId, address), provider, taxId, address);
    }

    /** A provider object: {@code entityType}, {@code name} or {@code lastName}+{@code firstName}, {@code npi}, {@code taxonomy}. */
    Provider provider(JsonNode p, String at) {
        EntityType type = p.has("entityType") ? f.value(p, at, "entityType", "CLAIM-ENTITY", EntityType::parse)
                : p.has("firstName") ? EntityType.PERSON : EntityType.ORGANIZATION;
        String name = type == EntityType.PERSON || p.has("lastName") ? f.text(p, at, "lastName") : f.text(p, at, "name");
        Optional<String> first = f.optionalText(p, at, "firstName");
        Npi npi = f.value(p, at, "npi", "CLAIM-NPI", Npi::parse);
        Optional<TaxonomyCode> taxonomy = f.optionalValue(p, at, "taxonomy", "CLAIM-TAXONOMY", TaxonomyCode::parse);
        return f.build(at, () -> new Provider(type, name, first, npi, taxonomy), type, name, npi);
    }

    Provider optionalProvider(JsonNode node, String path, String name) {
        return node.has(name) ? providerAt(node, path, name) : null;
    }

    Provider providerAt(JsonNode node, String path, String name) {
        JsonNode p = f.object(node, path, name);
        return p == null ? null : provider(p, path + "." + name);
    }

    private Address address(JsonNode owner, String path) {
        JsonNode a = f.object(owner, path, "address");
        if (a == null) {
            return null;
        }
        String at = path + ".address";
        String line1 = f.text(a, at, "line1");
        Optional<String> line2 = f.optionalText(a, at, "line2");
        String city = f.text(a, at, "city");
        String state = f.value(a, at, "state", "CLAIM-ADDRESS", s -> s.strip().toUpperCase(java.util.Locale.ROOT));
        String zip = f.value(a, at, "zip", "CLAIM-ADDRESS", z -> z.strip().replace("-", ""));
        return f.build(at, () -> new Address(line1, line2, city, state, zip), line1, city, state, zip);
    }

    private Person person(JsonNode p, String at) {
        String last = f.text(p, at, "lastName");
        String first = f.text(p, at, "firstName");
        Optional<String> middle = f.optionalText(p, at, "middleName");
        LocalDate birth = f.date(p, at, "birthDate");
        Sex sex = f.value(p, at, "sex", "CLAIM-SEX", Sex::parse);
        Address address = address(p, at);
        return f.build(at, () -> new Person(last, first, middle, birth, sex, address), last, first, birth, sex, address);
    }

    private Subscriber subscriber(JsonNode node, String path) {
        JsonNode s = f.object(node, path, "subscriber");
        if (s == null) {
            return null;
        }
        String at = path + ".subscriber";
        String memberId = f.text(s, at, "memberId");
        Optional<String> group = f.optionalText(s, at, "groupNumber");
        String filing = s.has("claimFilingCode") ? f.text(s, at, "claimFilingCode") : "CI";
        Person person = person(s, at);
        return f.build(at, () -> new Subscriber(memberId, group, filing, person), memberId, filing, person);
    }

    private Patient patient(JsonNode node, String path) {
        JsonNode p = f.object(node, path, "patient");
        if (p == null) {
            return null;
        }
        String at = path + ".patient";
        Relationship rel = f.value(p, at, "relationship", "CLAIM-RELATIONSHIP", Relationship::parse);
        Person person = person(p, at);
        return f.build(at, () -> new Patient(rel, person), rel, person);
    }

    private ProfessionalClaim professional(JsonNode node, String path, ClaimHeader header) {
        PlaceOfService pos = f.value(node, path, "placeOfService", "CLAIM-POS", PlaceOfService::parse);
        Provider rendering = optionalProvider(node, path, "renderingProvider");
        boolean renderingBad = node.has("renderingProvider") && rendering == null;
        List<Diagnosis> dx = diagnoses(node, path, ProfessionalClaim.MAX_DIAGNOSES, false);
        List<ProfessionalLine> lines = new JsonLineParser(f).professionalLines(node, path, dx == null ? -1 : dx.size());
        if (renderingBad) {
            return null;
        }
        return f.build(path, () -> new ProfessionalClaim(header, pos, Optional.ofNullable(rendering), dx, lines),
                header, pos, dx, lines);
    }

    private InstitutionalClaim institutional(JsonNode node, String path, ClaimHeader header) {
        TypeOfBill tob = f.value(node, path, "typeOfBill", "CLAIM-TYPE-OF-BILL", TypeOfBill::parse);
        LocalDate from = f.date(node, path, "statementFrom");
        LocalDate to = f.date(node, path, "statementTo");
        DateRange period = f.build(path + ".statementTo", () -> DateRange.of(from, to), from, to);
        Optional<LocalDate> admission = f.optionalDate(node, path, "admissionDate");
        Optional<String> admType = f.optionalText(node, path, "admissionType");
        Optional<String> admSource = f.optionalText(node, path, "admissionSource");
        String status = f.text(node, path, "patientStatus");
        Provider attending = providerAt(node, path, "attendingProvider");
        List<Diagnosis> dx = diagnoses(node, path, InstitutionalClaim.MAX_DIAGNOSES, true);
        Optional<IcdCmCode> admitting = f.optionalValue(node, path, "admittingDiagnosis", "CLAIM-ICD10CM", IcdCmCode::parse);
        List<IcdCmCode> reasons = codes(node, path, "reasonsForVisit");
        List<Procedure> procedures = procedures(node, path);
        List<InstitutionalLine> lines = new JsonLineParser(f).institutionalLines(node, path);
        return f.build(path, () -> new InstitutionalClaim(header, tob, period, admission, admType, admSource, status,
                attending, dx, admitting, reasons, procedures, lines),
                header, tob, period, status, attending, dx, reasons, procedures, lines);
    }

    /** Diagnoses as {@code "E11.9"} or {@code {"code": "E11.9", "poa": "Y"}}; more than {@code max} is a finding. */
    private List<Diagnosis> diagnoses(JsonNode node, String path, int max, boolean poaAllowed) {
        JsonNode arr = f.array(node, path, "diagnoses", true);
        if (arr == null) {
            return null;
        }
        if (arr.isEmpty() || arr.size() > max) {
            f.error("CLAIM-DX-COUNT", path + ".diagnoses", (poaAllowed ? "an institutional" : "a professional")
                    + " claim has 1 to " + max + " diagnoses, this one has " + arr.size()
                    + (poaAllowed ? " (TR3 005010X223A2 2300 HI)" : " (TR3 005010X222A1 2300 HI01-HI12)"));
            return null;
        }
        List<Diagnosis> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            Diagnosis d = diagnosis(arr.get(i), path + ".diagnoses[" + i + "]", poaAllowed);
            ok &= d != null;
            out.add(d);
        }
        return ok ? out : null;
    }

    private Diagnosis diagnosis(JsonNode d, String at, boolean poaAllowed) {
        if (d.isTextual()) {
            IcdCmCode code = f.parse(d.asText(), at, "CLAIM-ICD10CM", IcdCmCode::parse);
            return code == null ? null : Diagnosis.of(code);
        }
        if (!d.isObject()) {
            f.error("CLAIM-JSON-TYPE", at, "a diagnosis is a code string or {\"code\": ..., \"poa\": ...}");
            return null;
        }
        IcdCmCode code = f.value(d, at, "code", "CLAIM-ICD10CM", IcdCmCode::parse);
        Optional<PresentOnAdmission> poa = f.optionalValue(d, at, "poa", "CLAIM-POA", PresentOnAdmission::parse);
        if (poa.isPresent() && !poaAllowed) {
            f.error("CLAIM-POA", at + ".poa", "professional claims carry no present-on-admission indicator");
            return null;
        }
        return code == null || (d.has("poa") && poa.isEmpty()) ? null : new Diagnosis(code, poa);
    }

    private List<IcdCmCode> codes(JsonNode node, String path, String name) {
        JsonNode arr = f.array(node, path, name, false);
        if (arr == null) {
            return null;
        }
        List<IcdCmCode> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            IcdCmCode c = f.parse(arr.get(i).asText(), path + "." + name + "[" + i + "]", "CLAIM-ICD10CM", IcdCmCode::parse);
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    private List<Procedure> procedures(JsonNode node, String path) {
        JsonNode arr = f.array(node, path, "procedures", false);
        if (arr == null) {
            return null;
        }
        List<Procedure> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            String at = path + ".procedures[" + i + "]";
            JsonNode p = arr.get(i);
            org.medcoder.core.PcsCode code = f.value(p, at, "code", "CLAIM-ICD10PCS", org.medcoder.core.PcsCode::parse);
            LocalDate date = f.date(p, at, "date");
            Procedure proc = f.build(at, () -> new Procedure(code, date), code, date);
            ok &= proc != null;
            out.add(proc);
        }
        return ok ? out : null;
    }
}

package org.medcoder.claims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.ClaimReader;

class FhirClaimMapperTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 3, 20);

    static org.medcoder.claims.Claim fixture(String name) throws IOException {
        try (InputStream in = FhirClaimMapperTest.class.getResourceAsStream("/claims/forms/" + name)) {
            var batch = ClaimReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
            assertThat(batch.validClaims()).hasSize(1);
            return batch.validClaims().get(0);
        }
    }

    private static Claim professional() throws IOException {
        return FhirClaimMapper.map(fixture("professional-7-lines.json"), CREATED);
    }

    private static Claim institutional() throws IOException {
        return FhirClaimMapper.map(fixture("institutional-25-lines.json"), CREATED);
    }

    @Test
    void map_professionalClaim_validatesAgainstBaseR4WithoutErrors() throws IOException {
        assertThat(R4Validation.errors(professional())).isEmpty();
    }

    @Test
    void map_institutionalClaim_validatesAgainstBaseR4WithoutErrors() throws IOException {
        assertThat(R4Validation.errors(institutional())).isEmpty();
    }

    @Test
    void json_institutionalClaim_parsesBackToTheSameContent() throws IOException {
        Claim fhir = institutional();
        String json = FhirR4.json(fhir);
        Claim back = FhirR4.context().newJsonParser().parseResource(Claim.class, json);
        assertThat(FhirR4.json(back)).isEqualTo(json);
        assertThat(back.getItem()).hasSize(25);
        assertThat(back.getContained()).extracting(r -> r.getIdPart())
                .containsExactly("subscriber", "billing-provider", "payer", "coverage", "attending");
    }

    @Test
    void validator_claimWithoutPatient_reportsAnError() throws IOException {
        Claim broken = professional();
        broken.setPatient(null);
        assertThat(R4Validation.errors(broken)).anySatisfy(e -> assertThat(e).contains("patient"));
    }

    @Test
    void map_professionalClaim_keepsDiagnosesPointersModifiersAndAmounts() throws IOException {
        Claim fhir = professional();
        assertThat(fhir.getType().getCodingFirstRep().getCode()).isEqualTo("professional");
        assertThat(fhir.getDiagnosis()).hasSize(12);
        assertThat(fhir.getDiagnosisFirstRep().getDiagnosisCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("J02.9");
        assertThat(fhir.getDiagnosisFirstRep().getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("principal");
        assertThat(fhir.getItem()).hasSize(7);
        Claim.ItemComponent last = fhir.getItem().get(6);
        assertThat(last.getProductOrService().getCodingFirstRep().getCode()).isEqualTo("96110");
        assertThat(last.getModifier()).extracting(m -> m.getCodingFirstRep().getCode()).containsExactly("59", "XU", "76", "GA");
        assertThat(last.getDiagnosisSequence()).extracting(s -> s.getValue()).containsExactly(12, 11, 10, 9);
        assertThat(last.getLocationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("11");
        assertThat(fhir.getTotal().getValue()).isEqualByComparingTo("910.00");
        assertThat(fhir.getItem().stream().map(i -> i.getNet().getValue()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(fhir.getTotal().getValue());
    }

    @Test
    void map_replacementClaim_namesThePriorClaimAndTheChildPatient() throws IOException {
        Claim fhir = professional();
        assertThat(fhir.getRelatedFirstRep().getReference().getValue()).isEqualTo("ICN998877");
        assertThat(fhir.getRelatedFirstRep().getRelationship().getCodingFirstRep().getCode()).isEqualTo("prior");
        Patient patient = (Patient) fhir.getContained().stream().filter(r -> r.getIdPart().equals("patient")).findFirst().orElseThrow();
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Theo");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("2019-06-17");
        assertThat(fhir.getInsuranceFirstRep().getPreAuthRef()).extracting(p -> p.getValue()).containsExactly("AUTH-4411");
    }

    @Test
    void map_institutionalClaim_keepsTypeOfBillPoaProceduresAndRevenueCodes() throws IOException {
        Claim fhir = institutional();
        assertThat(fhir.getType().getCodingFirstRep().getCode()).isEqualTo("institutional");
        assertThat(fhir.getSupportingInfoFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("0111");
        assertThat(fhir.getSupportingInfo()).extracting(s -> s.getSequence()).containsExactly(1, 2, 3, 4, 5);
        assertThat(fhir.getDiagnosis().get(5).getOnAdmission().getCodingFirstRep().getCode()).isEqualTo("n");
        assertThat(fhir.getDiagnosis().get(20).getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("admitting");
        assertThat(fhir.getProcedure()).hasSize(8);
        assertThat(fhir.getProcedureFirstRep().getProcedureCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("5A1955Z");
        assertThat(fhir.getProcedureFirstRep().getDateElement().getValueAsString()).isEqualTo("2026-01-06");
        assertThat(fhir.getItem()).hasSize(25);
        assertThat(fhir.getItem().get(14).getProductOrService().getCodingFirstRep().getSystem()).isEqualTo(Systems.HCPCS);
        assertThat(fhir.getItem().get(0).getRevenue().getCodingFirstRep().getCode()).isEqualTo("0120");
    }

    @Test
    void map_institutionalClaim_usesTheCodeSystemsOfTheCarinInpatientExample() throws IOException {
        ExplanationOfBenefit carin = CarinExamples.eob("InpatientEOBExample1");
        Claim ours = institutional();
        for (String path : new String[] {"diagnosis.diagnosis", "procedure.procedure", "item.revenue"}) {
            assertThat(CarinExamples.systemsAt(ours, path)).as(path).isEqualTo(CarinExamples.systemsAt(carin, path));
        }
        assertThat(CarinExamples.systemsAt(ours, "item.productOrService"))
                .containsAll(CarinExamples.systemsAt(carin, "item.productOrService"));
        assertThat(CarinExamples.systemsAt(ours, "type")).isEqualTo(CarinExamples.systemsAt(carin, "type"));
    }

    @Test
    void map_professionalClaim_usesTheCodeSystemsOfTheCarinProfessionalExample() throws IOException {
        ExplanationOfBenefit carin = CarinExamples.eob("ProfessionalEOBExample1");
        Claim ours = professional();
        for (String path : new String[] {"diagnosis.diagnosis", "item.productOrService", "item.location", "type"}) {
            assertThat(CarinExamples.systemsAt(ours, path)).as(path).isEqualTo(CarinExamples.systemsAt(carin, path));
        }
    }
}

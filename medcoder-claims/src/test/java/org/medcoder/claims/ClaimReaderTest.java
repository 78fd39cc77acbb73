package org.medcoder.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.core.Finding;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Money;

class ClaimReaderTest {

    static final Path EXAMPLES = Path.of(System.getProperty("medcoder.home", "..")).resolve("docs/examples");

    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name));
    }

    @Test
    void read_professionalExample_buildsClaim() throws IOException {
        ClaimBatch batch = ClaimReader.read(example("claim-837p.json"), "claim-837p.json");
        assertThat(batch.claims()).hasSize(1);
        assertThat(batch.claims().get(0).findings()).isEmpty();
        ProfessionalClaim claim = (ProfessionalClaim) batch.validClaims().get(0);
        assertThat(claim.id().value()).isEqualTo("PCN-2026-0001");
        assertThat(claim.diagnoses()).extracting(Diagnosis::code).containsExactly(IcdCmCode.parse("J02.9"), IcdCmCode.parse("R50.9"));
        assertThat(claim.lines().get(0).modifiers()).containsExactly(Modifier.parse("25"));
        assertThat(claim.totalCharge()).isEqualTo(Money.parse("160"));
        assertThat(claim.header().patient()).get().extracting(Patient::relationship).isEqualTo(Relationship.CHILD);
        assertThat(claim.servicePeriod()).isEqualTo(DateRange.day(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void read_institutionalExample_buildsClaim() throws IOException {
        ClaimBatch batch = ClaimReader.read(example("claim-837i.json"), "claim-837i.json");
        assertThat(batch.claims().get(0).findings()).isEmpty();
        InstitutionalClaim claim = (InstitutionalClaim) batch.validClaims().get(0);
        assertThat(claim.typeOfBill().facilityCode()).isEqualTo("11");
        assertThat(claim.diagnoses().get(0).poa()).contains(PresentOnAdmission.Y);
        assertThat(claim.procedures()).hasSize(1);
        assertThat(claim.lines().get(0).procedure()).isEmpty();
        assertThat(claim.totalCharge()).isEqualTo(Money.parse("17450.50"));
    }

    @Test
    void read_thirteenDiagnosesOnProfessional_findingAtDiagnoses() throws IOException {
        String json = example("claim-837p.json").replace("\"diagnoses\": [\"J02.9\", \"R50.9\"]",
                "\"diagnoses\": [\"J02.9\",\"R50.9\",\"A00.0\",\"A00.1\",\"A01.00\",\"A02.0\",\"A03.0\",\"A04.0\",\"A05.0\",\"A06.0\",\"A07.0\",\"A08.0\",\"A09\"]");
        ClaimInput in = ClaimReader.read(json, "c.json").claims().get(0);
        assertThat(in.claim()).isEmpty();
        assertThat(in.findings()).extracting(Finding::ruleId).contains("CLAIM-DX-COUNT");
        assertThat(in.findings()).extracting(f -> f.location().path()).contains("$.diagnoses");
    }

    @Test
    void read_threeCharacterModifierAndBadNpi_findingsWithPaths() throws IOException {
        String json = example("claim-837p.json").replace("[\"25\"]", "[\"255\"]").replace("1999999992", "1999999993");
        ClaimInput in = ClaimReader.read(json, "c.json").claims().get(0);
        assertThat(in.claim()).isEmpty();
        assertThat(in.findings()).extracting(f -> f.ruleId() + " " + f.location().path()).containsExactlyInAnyOrder(
                "CLAIM-MODIFIER $.lines[0].modifiers[0]", "CLAIM-NPI $.renderingProvider.npi");
    }

    @Test
    void read_pointerPastDiagnoses_findingAtPointer() throws IOException {
        String json = example("claim-837p.json").replace("\"diagnosisPointers\": [1],", "\"diagnosisPointers\": [3],");
        ClaimInput in = ClaimReader.read(json, "c.json").claims().get(0);
        assertThat(in.findings()).extracting(f -> f.location().path()).containsExactly("$.lines[1].diagnosisPointers[0]");
    }

    @Test
    void read_batchWithOneBadClaim_otherClaimStillBuilt() throws IOException {
        String good = example("claim-837p.json");
        String bad = good.replace("\"claimId\": \"PCN-2026-0001\",", "");
        ClaimBatch batch = ClaimReader.read("{\"claims\": [" + bad + "," + good + "]}", "b.json");
        assertThat(batch.claims()).extracting(ClaimInput::isValid).containsExactly(false, true);
        assertThat(batch.claims().get(0).findings()).extracting(f -> f.location().path()).containsExactly("$.claims[0].claimId");
        assertThat(batch.validClaims()).hasSize(1);
    }

    @Test
    void read_malformedJson_errorNamesLineAndColumn() {
        assertThatThrownBy(() -> ClaimReader.read("{\n  \"type\": \"professional\",\n  \"claimId\" \"x\"\n}", "m.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m.json: malformed JSON at line 3, column");
    }

    @Test
    void read_replacementWithoutControlNumber_finding() throws IOException {
        String json = example("claim-837p.json").replace("\"frequency\": \"original\"", "\"frequency\": \"7\"");
        List<Finding> findings = ClaimReader.read(json, "c.json").claims().get(0).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("$");
            assertThat(f.message()).contains("payer claim control number");
        });
    }
}

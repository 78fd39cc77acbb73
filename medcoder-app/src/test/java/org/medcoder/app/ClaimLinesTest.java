package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.ClaimReader;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.pricing.CareSetting;
import org.medcoder.pricing.ServiceLine;

/** Mapping the claim model onto pricing lines. */
class ClaimLinesTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("user.dir"))
            .resolve("../docs/examples/price-claim-surgery.json");

    @Test
    void of_exampleClaim_settingFromPlaceOfServicePerformerFromRenderingNpi() {
        ProfessionalClaim c = ClaimLines.professionalClaim(ClaimReader.read(EXAMPLE));
        List<ServiceLine> lines = ClaimLines.of(c, Optional.empty());
        assertThat(lines).hasSize(6);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.setting()).isEqualTo(CareSetting.FACILITY);
            assertThat(l.performer()).isEqualTo("1999999992");
        });
        assertThat(lines.get(0).codeWithModifiers()).isEqualTo("29881-RT");
        assertThat(lines.get(3).codeWithModifiers()).isEqualTo("73562-26");
        assertThat(lines.get(0).charge()).map(Object::toString).contains("1200.00");
        assertThat(ClaimLines.of(c, Optional.of(CareSetting.NON_FACILITY)).get(0).setting())
                .isEqualTo(CareSetting.NON_FACILITY);
    }

    @Test
    void of_fractionalUnits_clearError() throws Exception {
        String json = Files.readString(EXAMPLE).replaceFirst("\"units\": 1,", "\"units\": 1.5,");
        ProfessionalClaim c = ClaimLines.professionalClaim(ClaimReader.read(json, "frac.json"));
        assertThatThrownBy(() -> ClaimLines.of(c, Optional.empty())).hasMessageContaining("1.5");
    }
}

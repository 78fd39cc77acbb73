package org.medcoder.claims.remit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReasonCodesTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ReasonCodesTest.class.getResource(name).toURI());
    }

    @Test
    void builtIn_groupsCarcRarcStatusPlb_known() {
        ReasonCodes codes = ReasonCodes.builtIn();

        assertThat(codes.group("CO")).get().asString().contains("Contractual");
        assertThat(codes.group("PR")).get().asString().contains("Patient");
        assertThat(codes.carc("45")).isPresent();
        assertThat(codes.rarc("N130")).isPresent();
        assertThat(codes.claimStatus("4")).contains("Denied");
        assertThat(codes.providerAdjustment("WO")).contains("Overpayment recovery");
        assertThat(codes.carc("N130")).isEmpty();
    }

    @Test
    void withOfficialList_overridesShippedAndAddsByShape() throws URISyntaxException {
        ReasonCodes codes = ReasonCodes.builtIn().withOfficialList(resource("/remit/official-codes-sample.tsv"));

        assertThat(codes.carc("45")).contains("Test wording for forty-five from a user-supplied list.");
        assertThat(codes.rarc("N130")).contains("Test wording for N130 from a user-supplied list.");
        assertThat(codes.carc("ZZ9")).contains("Test wording for a code the shipped list lacks.");
        assertThat(codes.carc("1")).contains("Deductible");
    }

    @Test
    void withBlueButtonCarc_addsBehindShipped() throws URISyntaxException {
        ReasonCodes codes = ReasonCodes.builtIn().withBlueButtonCarc(resource("/remit/ANSI-RSN-CD-sample.fsh"));

        assertThat(codes.carc("A9")).contains("Test text for code A9");
        assertThat(codes.carc("1")).contains("Deductible");
    }

    @Test
    void withOfficialList_noCodes_clearError() throws Exception {
        Path empty = Files.createTempFile("codes", ".txt");
        Files.writeString(empty, "nothing here\n");

        assertThatThrownBy(() -> ReasonCodes.builtIn().withOfficialList(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no reason codes found");
    }

    @Test
    void withBlueButtonCarc_cmsFileInDataFolder_readsFullList() {
        String data = System.getProperty("medcoder.data");
        Path fsh = Path.of(String.valueOf(data), "claims-codes/bfd/CodeSystem-ANSI-RSN-CD.fsh");
        assertThat(fsh).as("CMS BFD CARC list (set -Dmedcoder.data to ../shared/data)").isRegularFile();

        ReasonCodes codes = ReasonCodes.builtIn().withBlueButtonCarc(fsh);

        assertThat(codes.size() - ReasonCodes.builtIn().size()).isGreaterThan(300);
        assertThat(codes.carc("252")).isPresent();
    }
}

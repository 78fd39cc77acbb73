package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.claims.ClaimBatch;
import org.medcoder.claims.ClaimReader;
import org.medcoder.claims.fhir.FhirR4;

class ClaimFormsTest {

    private static final Path PROFESSIONAL = Path.of("../docs/examples/claim-837p.json");
    private static final Path INSTITUTIONAL = Path.of("../docs/examples/claim-837i.json");

    private static ClaimFormats.Request request(Path out, Path... files) {
        ClaimBatch first = ClaimReader.read(files[0]);
        List<org.medcoder.claims.Claim> claims = new java.util.ArrayList<>();
        for (Path f : files) {
            claims.addAll(ClaimReader.read(f).validClaims());
        }
        return new ClaimFormats.Request(first, claims, out, true, out.getParent());
    }

    @Test
    void cms1500_professionalAndInstitutional_writesTheProfessionalAndNamesTheOther(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("forms.pdf");
        ClaimFormats.Written written = ClaimFormats.of("cms1500").write(request(out, PROFESSIONAL, INSTITUTIONAL));

        assertThat(written.summary()).contains("wrote 1 claim(s)", "CMS-1500");
        assertThat(written.findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("only professional claims"))
                .satisfies(f -> assertThat(f.location().toString()).contains("ACCT-2026-1001"));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("PCN-2026-0001", "J029").doesNotContain("ACCT-2026-1001");
        }
    }

    @Test
    void ub04_professionalOnly_writesNothing(@TempDir Path dir) {
        Path out = dir.resolve("forms.pdf");
        ClaimFormats.Written written = ClaimFormats.of("ub04").write(request(out, PROFESSIONAL));

        assertThat(written.summary()).startsWith("nothing written");
        assertThat(out).doesNotExist();
    }

    @Test
    void fhir_twoClaims_writesABundleOfTwoClaims(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("claims.json");
        ClaimFormats.of("FHIR").write(request(out, PROFESSIONAL, INSTITUTIONAL));

        Bundle bundle = FhirR4.context().newJsonParser().parseResource(Bundle.class, Files.readString(out));
        assertThat(bundle.getEntry()).extracting(e -> ((Claim) e.getResource()).getType().getCodingFirstRep().getCode())
                .containsExactly("professional", "institutional");
    }

    @Test
    void remitRead_fhir_writesOneEobPerClaimPayment(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("eob.json");
        CommandRunner.Result r = CommandRunner.run(new RemitCommand(), "read", RemitCommandTest.EXAMPLE.toString(),
                "--fhir", out.toString(), "--claims", RemitCommandTest.CLAIMS);

        assertThat(r.exit()).isZero();
        Bundle bundle = FhirR4.context().newJsonParser().parseResource(Bundle.class, Files.readString(out));
        assertThat(bundle.getEntry()).isNotEmpty().allSatisfy(e -> assertThat(e.getResource()).isInstanceOf(ExplanationOfBenefit.class));
        assertThat(bundle.getEntry()).extracting(e -> ((ExplanationOfBenefit) e.getResource()).getClaim().getIdentifier().getValue())
                .contains("PCN-2026-0001", "ACCT-2026-1001");
        // The sent claims tell the kind: ACCT-2026-1001 is the institutional example claim.
        assertThat(bundle.getEntry()).filteredOn(e -> e.getResource().getIdElement().getIdPart().endsWith("ACCT-2026-1001"))
                .extracting(e -> ((ExplanationOfBenefit) e.getResource()).getType().getCodingFirstRep().getCode())
                .containsExactly("institutional");
    }
}

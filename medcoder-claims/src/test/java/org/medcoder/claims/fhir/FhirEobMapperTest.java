package org.medcoder.claims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.AdjudicationComponent;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.remit.RemitReadResult;
import org.medcoder.claims.remit.RemitReader;

class FhirEobMapperTest {

    private static final LocalDate FALLBACK = LocalDate.of(2000, 1, 1);

    /** Meanings for the test: just enough to see them carried into displays. */
    private static final ReasonMeanings MEANINGS = new ReasonMeanings() {
        @Override
        public Optional<String> carc(String code) {
            return "45".equals(code) ? Optional.of("Charge exceeds fee schedule") : Optional.empty();
        }

        @Override
        public Optional<String> claimStatus(String code) {
            return "4".equals(code) ? Optional.of("Denied") : Optional.empty();
        }
    };

    static List<ExplanationOfBenefit> eobs() throws IOException {
        try (InputStream in = FhirEobMapperTest.class.getResourceAsStream("/x12/005010X221A1/forms-eob.835")) {
            RemitReadResult result = RemitReader.read(in, "forms-eob.835");
            assertThat(result.hasErrors()).as("fixture reads cleanly: %s", result.findings()).isFalse();
            assertThat(result.remittances()).hasSize(1);
            return FhirEobMapper.map(result.remittances().get(0), FALLBACK, MEANINGS, java.util.Map.of());
        }
    }

    private static List<String> codes(List<AdjudicationComponent> adjudications) {
        return adjudications.stream().map(a -> a.getCategory().getCodingFirstRep().getCode()
                + (a.hasReason() ? "-" + a.getReason().getCodingFirstRep().getCode() : "") + "=" + a.getAmount().getValue())
                .toList();
    }

    private static List<String> totals(List<ExplanationOfBenefit.TotalComponent> totals) {
        return totals.stream().map(t -> t.getCategory().getCodingFirstRep().getCode() + "=" + t.getAmount().getValue())
                .toList();
    }

    @Test
    void map_remittance_oneEobPerClaimEachValidAgainstBaseR4() throws IOException {
        List<ExplanationOfBenefit> eobs = eobs();
        assertThat(eobs).hasSize(2);
        for (ExplanationOfBenefit eob : eobs) {
            assertThat(R4Validation.errors(eob)).as(eob.getId()).isEmpty();
        }
        assertThat(R4Validation.errors(FhirR4.collection(eobs))).isEmpty();
    }

    @Test
    void map_paidInstitutionalClaim_linesCarryRevenueAmountsAndCasAdjustments() throws IOException {
        ExplanationOfBenefit eob = eobs().get(0);
        assertThat(eob.getType().getCodingFirstRep().getCode()).isEqualTo("institutional");
        assertThat(eob.getClaim().getIdentifier().getValue()).isEqualTo("FORMS-I-0001");
        assertThat(eob.getIdentifierFirstRep().getValue()).isEqualTo("ICN5550001");
        assertThat(eob.getCreatedElement().getValueAsString()).isEqualTo("2026-03-15");
        assertThat(eob.getBillablePeriod().getStartElement().getValueAsString()).isEqualTo("2026-01-05");
        assertThat(eob.getBillablePeriod().getEndElement().getValueAsString()).isEqualTo("2026-01-09");
        assertThat(eob.getItem()).hasSize(3);
        var room = eob.getItem().get(0);
        assertThat(room.getRevenue().getCodingFirstRep().getCode()).isEqualTo("0120");
        assertThat(room.getProductOrService().getCodingFirstRep().getCode()).isEqualTo("not-applicable");
        assertThat(codes(room.getAdjudication()))
                .containsExactly("submitted=1600.00", "eligible=1500.00", "benefit=1300.00", "CO-45=200.00", "PR-1=100.00");
        assertThat(room.getAdjudication().get(3).getReason().getCodingFirstRep().getDisplay())
                .isEqualTo("Charge exceeds fee schedule");
        var drug = eob.getItem().get(2);
        assertThat(drug.getProductOrService().getCodingFirstRep().getSystem()).isEqualTo(Systems.HCPCS);
        assertThat(drug.getModifierFirstRep().getCodingFirstRep().getCode()).isEqualTo("JW");
        assertThat(codes(drug.getAdjudication())).containsExactly("submitted=500.00", "benefit=300.00", "CO-45=200.00");
        assertThat(drug.getAdjudication().get(2).getValue()).isEqualByComparingTo("2");
        assertThat(drug.getNoteNumber()).hasSize(1);
        assertThat(eob.getProcessNoteFirstRep().getText()).isEqualTo("Remark N130");
        assertThat(totals(eob.getTotal())).containsExactly("submitted=2400.00", "benefit=1800.00", "memberliability=150.00");
        assertThat(eob.getPayment().getIdentifier().getValue()).isEqualTo("EFT7788990");
    }

    @Test
    void map_deniedProfessionalClaim_claimLevelAdjustmentAndRemarks() throws IOException {
        ExplanationOfBenefit eob = eobs().get(1);
        assertThat(eob.getType().getCodingFirstRep().getCode()).isEqualTo("professional");
        assertThat(eob.getDisposition()).isEqualTo("4 Denied");
        assertThat(codes(eob.getAdjudication())).containsExactly("CO-29=160.00");
        assertThat(eob.getItemFirstRep().getProductOrService().getCodingFirstRep().getSystem()).isEqualTo(Systems.CPT);
        // MA01 is sent by MOA and again on line 1: one note, pointed at by the line.
        assertThat(eob.getProcessNote()).extracting(n -> n.getText()).containsExactly("Remark MA01", "Remark N130");
        assertThat(eob.getItemFirstRep().getNoteNumber()).extracting(n -> n.getValue()).containsExactly(2, 1);
        assertThat(totals(eob.getTotal())).containsExactly("submitted=160.00", "benefit=0.00");
        assertThat(eob.getPatient().getReference()).isEqualTo("#patient");
    }

    @Test
    void map_sentClaimKind_winsOverTheGuess() throws IOException {
        try (InputStream in = FhirEobMapperTest.class.getResourceAsStream("/x12/005010X221A1/forms-eob.835")) {
            var remittance = RemitReader.read(in, "forms-eob.835").remittances().get(0);
            List<ExplanationOfBenefit> eobs = FhirEobMapper.map(remittance, FALLBACK, ReasonMeanings.NONE,
                    java.util.Map.of("FORMS-I-0001", false, "FORMS-P-0001", true));
            assertThat(eobs).extracting(e -> e.getType().getCodingFirstRep().getCode())
                    .containsExactly("professional", "institutional");
            assertThat(eobs.get(1).getDisposition()).isEqualTo("4");
        }
    }

    @Test
    void map_eob_usesTheCodeSystemsOfTheCarinInpatientExample() throws IOException {
        ExplanationOfBenefit carin = CarinExamples.eob("InpatientEOBExample1");
        ExplanationOfBenefit ours = eobs().get(0);
        for (String path : new String[] {"type", "item.revenue", "total.category"}) {
            assertThat(CarinExamples.systemsAt(ours, path)).as(path).containsAll(CarinExamples.systemsAt(carin, path));
        }
        assertThat(CarinExamples.systemsAt(ours, "item.adjudication.category"))
                .contains(Systems.ADJUDICATION);
        // Both state the same elements an EOB consumer reads first.
        for (String element : new String[] {"status", "type", "use", "patient", "created", "insurer", "provider",
                "outcome", "insurance", "item", "total"}) {
            assertThat(ours.getNamedProperty(element).hasValues()).as("ours has %s", element).isTrue();
            assertThat(carin.getNamedProperty(element).hasValues()).as("CARIN has %s", element).isTrue();
        }
    }
}

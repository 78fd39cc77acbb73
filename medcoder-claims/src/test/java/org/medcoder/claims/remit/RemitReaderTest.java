package org.medcoder.claims.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.core.Money;

class RemitReaderTest {

    static final String FIXTURE = "/x12/005010X221A1/clinic-eft.835";

    static String fixture() throws IOException {
        try (InputStream in = RemitReaderTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static RemitReadResult read(String text) {
        return RemitReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "test.835");
    }

    @Test
    void read_validClinicFile_noFindingsAndBalanced() throws IOException {
        RemitReadResult result = read(fixture());

        assertThat(result.findings()).isEmpty();
        assertThat(result.remittances()).hasSize(1);
        Remittance r = result.remittances().get(0);
        assertThat(r.controlNumber()).isEqualTo("0001");
        assertThat(r.payment().amount()).isEqualTo(Money.parse("186.50"));
        assertThat(r.payment().method()).isEqualTo("ACH");
        assertThat(r.payment().date()).contains(LocalDate.of(2026, 11, 20));
        assertThat(r.payment().traceNumber()).isEqualTo("EFT0001234");
        assertThat(r.payer().name()).isEqualTo("EXAMPLE HEALTH PLAN");
        assertThat(r.payee().id()).isEqualTo("1234567893");
        assertThat(r.isBalanced()).isTrue();
        assertThat(r.claims()).allMatch(ClaimPayment::isBalanced);
    }

    @Test
    void read_claimsAndLines_fieldsFromClpSvcCasLq() throws IOException {
        Remittance r = read(fixture()).remittances().get(0);

        assertThat(r.claims()).extracting(ClaimPayment::claimId).containsExactly("MC1001", "MC1002", "MC1003");
        ClaimPayment second = r.claims().get(1);
        assertThat(second.payerClaimControlNumber()).isEqualTo("PCN900002");
        assertThat(second.filingIndicator()).isEqualTo("12");
        ServiceLine visit = second.lines().get(0);
        assertThat(visit.procedure().code()).isEqualTo("99214");
        assertThat(visit.procedure().modifiers()).containsExactly("25");
        assertThat(visit.allowed()).contains(Money.parse("140.00"));
        ServiceLine therapy = second.lines().get(1);
        assertThat(therapy.units()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(therapy.adjustments()).containsExactly(
                new Adjustment("CO", "50", Money.parse("80.00"), new BigDecimal("2")));
        assertThat(therapy.remarks()).containsExactly(new RemarkCode("LQ", "N130"));
        assertThat(r.claims().get(2).remarks()).containsExactly(new RemarkCode("MOA", "MA01"));
    }

    @Test
    void read_plb_providerAdjustmentsWithReference() throws IOException {
        Remittance r = read(fixture()).remittances().get(0);

        assertThat(r.providerAdjustments()).extracting(ProviderAdjustment::reason, ProviderAdjustment::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WO", "MC0999"), org.assertj.core.groups.Tuple.tuple("L6", ""));
        assertThat(r.providerAdjustmentTotal()).isEqualTo(Money.parse("23.50"));
    }

    @Test
    void postingSummary_clinicFile_billedAllowedPaidAndDenials() throws IOException {
        Remittance r = read(fixture()).remittances().get(0);

        List<PostingSummary> posting = PostingSummary.of(r, List.of());
        PostingSummary first = posting.get(0);
        assertThat(first.billed()).isEqualTo(Money.parse("175.00"));
        assertThat(first.allowed()).isEqualTo(Money.parse("113.00"));
        assertThat(first.paid()).isEqualTo(Money.parse("90.00"));
        assertThat(first.patientResponsibility()).isEqualTo(Money.parse("23.00"));
        assertThat(first.contractualAdjustment()).isEqualTo(Money.parse("62.00"));
        assertThat(first.deniedLines()).isEmpty();
        PostingSummary second = posting.get(1);
        assertThat(second.deniedLines()).singleElement().satisfies(d -> {
            assertThat(d.lineNumber()).isEqualTo(2);
            assertThat(d.reasons()).extracting(Adjustment::reason).containsExactly("50");
        });
        PostingSummary third = posting.get(2);
        assertThat(third.deniedLines()).singleElement().satisfies(d -> {
            assertThat(d.lineNumber()).isZero();
            assertThat(d.reasons()).extracting(Adjustment::reason).containsExactly("29");
        });
        assertThat(third.match()).isEqualTo(PostingSummary.Match.NOT_CHECKED);
    }

    @Test
    void postingSummary_sentClaims_matchedByClaimId() throws IOException {
        Remittance r = read(fixture()).remittances().get(0);

        List<PostingSummary> posting = PostingSummary.of(r, List.of(
                new SentClaim("MC1001", Money.parse("175.00")), new SentClaim("MC1002", Money.parse("281.00"))));

        assertThat(posting).extracting(PostingSummary::match).containsExactly(PostingSummary.Match.MATCHED,
                PostingSummary.Match.CHARGE_DIFFERS, PostingSummary.Match.UNKNOWN_CLAIM);
    }

    @Test
    void read_unbalancedPayment_warningNamesBpr02() throws IOException {
        RemitReadResult result = read(fixture().replace("BPR*I*186.50", "BPR*I*187.50"));

        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("REMIT-PAYMENT-BALANCE");
            assertThat(f.location().path()).contains("BPR02");
        });
    }

    @Test
    void read_truncatedFile_keepsClaimsReadAndReportsMissingTrailer() throws IOException {
        String text = fixture();
        RemitReadResult result = read(text.substring(0, text.indexOf("CLP*MC1002")));

        assertThat(result.remittances()).singleElement()
                .satisfies(r -> assertThat(r.claims()).extracting(ClaimPayment::claimId).containsExactly("MC1001"));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.ruleId()).startsWith("X12-"));
    }

    @Test
    void read_withoutValidation_sameModelButSchemaErrorsNotReported() throws IOException {
        String bad = fixture().replace("DTM*472*20261101", "DTM*472*20261301");

        RemitReadResult validated = read(bad);
        RemitReadResult fast = RemitReader.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.US_ASCII)), "t.835", false);

        assertThat(validated.findings()).extracting(f -> f.ruleId()).contains("X12-IK403-8");
        assertThat(fast.findings()).isEmpty();
        assertThat(fast.remittances()).isEqualTo(validated.remittances());
    }
}

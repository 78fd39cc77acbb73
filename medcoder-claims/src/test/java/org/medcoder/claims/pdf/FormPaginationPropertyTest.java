package org.medcoder.claims.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.DateRange;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.InstitutionalLine;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;
import org.medcoder.claims.RevenueCode;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.Money;

/** Any number of lines lands on the right page, in the right row, with the total on the last page only. */
class FormPaginationPropertyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static String code(Random r) {
        return String.valueOf(10000 + r.nextInt(89999));
    }

    private static Money charge(Random r) {
        return Money.of(BigDecimal.valueOf(1 + r.nextInt(99999), 2));
    }

    @Test
    void cms1500_anyLineCount_eachLineInItsRowAndTotalOnLastForm() {
        ProfessionalClaim base = (ProfessionalClaim) FormPdf.claims("professional-7-lines.json").get(0);
        qt().withExamples(12).forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, n) -> {
            Random r = new Random(seed);
            List<ProfessionalLine> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(new ProfessionalLine(HcpcsCode.parse(code(r)), List.of(), BigDecimal.ONE, charge(r),
                        List.of(1 + r.nextInt(12)), DateRange.day(DAY.plusDays(i))));
            }
            ProfessionalClaim claim = new ProfessionalClaim(base.header(), base.placeOfService(),
                    base.renderingProvider(), base.diagnoses(), lines);
            try (FormPdf pdf = new FormPdf(write(out -> new Cms1500Writer(DAY).write(List.of(claim), out)))) {
                int pages = (n + 5) / 6;
                assertThat(pdf.pages()).isEqualTo(pages);
                for (int i = 0; i < n; i++) {
                    assertThat(pdf.text(i / 6, Cms1500Layout.cell(Cms1500Layout.COL_24D, i % 6)))
                            .isEqualTo(lines.get(i).procedure().value());
                    assertThat(pdf.text(i / 6, Cms1500Layout.cell(Cms1500Layout.COL_24F, i % 6)))
                            .isEqualTo(lines.get(i).charge().toString());
                }
                for (int p = 0; p < pages; p++) {
                    String item28 = pdf.text(p, Cms1500Layout.ITEM_28);
                    assertThat(item28).contains(p == pages - 1 ? claim.totalCharge().toString() : "CONTINUED");
                }
            }
        });
    }

    @Test
    void ub04_anyLineCount_eachLineInItsRowAndTotalOnLine23OfLastPage() {
        InstitutionalClaim base = (InstitutionalClaim) FormPdf.claims("institutional-25-lines.json").get(0);
        qt().withExamples(10).forAll(longs().all(), integers().between(1, 50)).checkAssert((seed, n) -> {
            Random r = new Random(seed);
            List<InstitutionalLine> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(new InstitutionalLine(RevenueCode.parse(String.format("0%03d", 100 + r.nextInt(899))),
                        Optional.empty(), List.of(), BigDecimal.valueOf(1 + r.nextInt(9)), charge(r), Optional.empty()));
            }
            InstitutionalClaim claim = new InstitutionalClaim(base.header(), base.typeOfBill(), base.statementPeriod(),
                    base.admissionDate(), base.admissionType(), base.admissionSource(), base.patientStatus(),
                    base.attendingProvider(), base.diagnoses(), base.admittingDiagnosis(), base.reasonsForVisit(),
                    base.procedures(), lines);
            try (FormPdf pdf = new FormPdf(write(out -> new Ub04Writer(DAY).write(List.of(claim), out)))) {
                int pages = (n + 21) / 22;
                assertThat(pdf.pages()).isEqualTo(pages);
                for (int i = 0; i < n; i++) {
                    assertThat(pdf.text(i / 22, Ub04Layout.cell(Ub04Layout.FL42, i % 22)))
                            .isEqualTo(lines.get(i).revenueCode().value());
                    assertThat(pdf.text(i / 22, Ub04Layout.cell(Ub04Layout.FL47, i % 22)))
                            .isEqualTo(lines.get(i).charge().toString());
                }
                String lastTotal = pdf.text(pages - 1, Ub04Layout.cell(Ub04Layout.FL47, 22));
                assertThat(lastTotal).isEqualTo(claim.totalCharge().toString());
            }
        });
    }

    private interface Writing {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writing w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package org.medcoder.claims.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medcoder.claims.pdf.Ub04Layout.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.InstitutionalClaim;

class Ub04WriterTest {

    private static final LocalDate CREATED = LocalDate.of(2026, 2, 3);

    private static InstitutionalClaim longStay() {
        return (InstitutionalClaim) FormPdf.claims("institutional-25-lines.json").get(0);
    }

    private static FormPdf write(InstitutionalClaim claim) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Ub04Writer(CREATED).write(List.of(claim), out);
        return new FormPdf(out.toByteArray());
    }

    @Test
    void write_inpatientBill_fl4HoldsTypeOfBillAndFl6ThePeriod() throws IOException {
        try (FormPdf pdf = write(longStay())) {
            assertThat(pdf.text(0, FL4)).endsWith("0111");
            assertThat(pdf.text(0, FL6)).contains("010526").contains("013026");
            assertThat(pdf.text(0, FL5)).contains("31-2345678");
            assertThat(pdf.text(0, FL3A)).contains("FORMS-I-0001");
            assertThat(pdf.text(0, FL1)).contains("VALLEY TEST HOSPITAL").contains("COLUMBUS OH 43215-1000");
        }
    }

    @Test
    void write_patientAndAdmission_inFl8To17() throws IOException {
        try (FormPdf pdf = write(longStay())) {
            assertThat(pdf.text(0, FL8B)).contains("REYES, CARMEN");
            assertThat(pdf.text(0, FL10)).contains("02291948");
            assertThat(pdf.text(0, FL11)).endsWith("F");
            assertThat(pdf.text(0, FL12)).contains("010526");
            assertThat(pdf.text(0, FL14)).endsWith("2");
            assertThat(pdf.text(0, FL15)).endsWith("1");
            assertThat(pdf.text(0, FL17)).endsWith("06");
        }
    }

    @Test
    void write_diagnoses_principalWithPoaThenSeventeenOthersThenRemarks() throws IOException {
        try (FormPdf pdf = write(longStay())) {
            assertThat(pdf.text(0, FL66)).endsWith("0");
            assertThat(pdf.text(0, diagnosis(0))).contains("J189").endsWith("Y");
            assertThat(pdf.text(0, diagnosis(5))).contains("E785").endsWith("N");
            assertThat(pdf.text(0, diagnosis(7))).contains("K219").endsWith("U");
            assertThat(pdf.text(0, diagnosis(8))).contains("F32A").endsWith("W");
            assertThat(pdf.text(0, diagnosis(16))).contains("E871").endsWith("N");
            assertThat(pdf.text(0, diagnosis(17))).contains("R2681").endsWith("Y");
            // The 19th and 20th diagnoses do not fit FL67A-Q and go to the remarks.
            assertThat(pdf.text(0, FL80)).contains("Z9181-Y").contains("Z87891-Y").doesNotContain("R2681");
            assertThat(pdf.text(0, FL69)).contains("R0600");
        }
    }

    @Test
    void write_procedures_principalAndFiveOthersWithDates() throws IOException {
        try (FormPdf pdf = write(longStay())) {
            assertThat(pdf.text(0, procedure(0))).contains("5A1955Z").contains("010626");
            assertThat(pdf.text(0, procedure(5))).contains("0DJ08ZZ").contains("011126");
            assertThat(pdf.text(0, FL80)).contains("30233N1 011226").contains("0W9930Z 011326");
            assertThat(pdf.text(0, FL76)).contains("1222222220").contains("OKAFOR, CHIDI");
        }
    }

    @Test
    void write_twentyFiveLines_twoPagesWithTotalsOnLine23OfTheLast() throws IOException {
        InstitutionalClaim claim = longStay();
        try (FormPdf pdf = write(claim)) {
            assertThat(pdf.pages()).isEqualTo(2);
            assertThat(pdf.text(0, cell(FL42, 0))).isEqualTo("0120");
            assertThat(pdf.text(0, cell(FL43, 0))).isEqualTo("ROOM AND BOARD, SEMI-PRIVATE");
            assertThat(pdf.text(0, cell(FL44, 5))).isEqualTo("85025");
            assertThat(pdf.text(0, cell(FL45, 0))).isEqualTo("010526");
            assertThat(pdf.text(0, cell(FL47, 0))).isEqualTo("100.00");
            assertThat(pdf.text(0, cell(FL42, 22))).isEqualTo("0001");
            assertThat(pdf.text(0, cell(FL43, 22))).isEqualTo("PAGE 1 OF 2");
            assertThat(pdf.text(0, cell(FL47, 22))).isEmpty();
            assertThat(pdf.text(1, cell(FL42, 0))).isEqualTo("0270");
            assertThat(pdf.text(1, cell(FL42, 3))).isEmpty();
            assertThat(pdf.text(1, cell(FL43, 22))).isEqualTo("PAGE 2 OF 2");
            assertThat(pdf.text(1, cell(FL47, 22))).isEqualTo(claim.totalCharge().toString());
        }
    }

    @Test
    void write_payerAndInsured_rowA() throws IOException {
        try (FormPdf pdf = write(longStay())) {
            assertThat(pdf.text(0, row(FL50, 0))).isEqualTo("TEST MEDICARE CONTRACTOR");
            assertThat(pdf.text(0, row(FL51, 0))).isEqualTo("TMC15");
            assertThat(pdf.text(0, row(FL52, 0))).isEqualTo("I");
            assertThat(pdf.text(0, row(FL53, 0))).isEqualTo("Y");
            assertThat(pdf.text(0, FL56)).contains("1111111112");
            assertThat(pdf.text(0, row(FL58, 0))).isEqualTo("REYES, CARMEN");
            assertThat(pdf.text(0, row(FL59, 0))).isEqualTo("18");
            assertThat(pdf.text(0, row(FL60, 0))).isEqualTo("MBR777000222");
            assertThat(pdf.text(0, row(FL63, 0))).isEqualTo("AUTH-9001");
            assertThat(pdf.text(0, row(FL50, 1))).isEmpty();
            assertThat(pdf.text(0, FL81)).contains("B3").contains("282N00000X");
        }
    }

    @Test
    void render_png_dataInkOnlyInFilledLocators() throws IOException {
        try (FormPdf pdf = write(longStay())) {
            BufferedImage page = pdf.render(0);
            FormPdf.savePng(page, "ub04-test.png");
            assertThat(FormPdf.blackPixels(page, FL4)).isGreaterThan(20);
            assertThat(FormPdf.blackPixels(page, diagnosis(0))).isGreaterThan(20);
            assertThat(FormPdf.blackPixels(page, FL2)).isZero();
            assertThat(FormPdf.blackPixels(page, FL38)).isZero();
            assertThat(FormPdf.blackPixels(page, FL77)).isZero();
        }
    }

    @Test
    void layout_boxes_doNotOverlapAndStayOnThePage() {
        LayoutChecks.assertNoOverlap(boxes());
        assertThat(FL79.bottom()).isLessThan(FormCanvas.PAGE_HEIGHT - 10);
        assertThat(cell(FL47, LINES_PER_PAGE).bottom()).isLessThanOrEqualTo(FL50.y() + 0.01f);
    }
}

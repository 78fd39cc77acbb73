package org.medcoder.claims.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoder.claims.pdf.Cms1500Layout.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.ProfessionalClaim;

class Cms1500WriterTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 20);

    private static ProfessionalClaim sevenLines() {
        return (ProfessionalClaim) FormPdf.claims("professional-7-lines.json").get(0);
    }

    private static FormPdf write(ProfessionalClaim claim) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cms1500Writer(SIGNED).write(List.of(claim), out);
        return new FormPdf(out.toByteArray());
    }

    @Test
    void write_twelveDiagnoses_item21HoldsThemInLetterOrderWithoutDots() throws IOException {
        try (FormPdf pdf = write(sevenLines())) {
            assertThat(pdf.text(0, diagnosis(0))).contains("J029").doesNotContain("R509");
            assertThat(pdf.text(0, diagnosis(1))).contains("R509");
            assertThat(pdf.text(0, diagnosis(2))).contains("H6691");
            assertThat(pdf.text(0, diagnosis(11))).contains("Z00129");
            assertThat(pdf.text(0, ITEM_21_IND)).endsWith("0");
        }
    }

    @Test
    void write_serviceLine_eachValueInItsColumn() throws IOException {
        try (FormPdf pdf = write(sevenLines())) {
            assertThat(pdf.text(0, cell(COL_24A_FROM, 0))).isEqualTo("03 02 26");
            assertThat(pdf.text(0, cell(COL_24B, 0))).isEqualTo("11");
            assertThat(pdf.text(0, cell(COL_24D, 0))).isEqualTo("99214");
            assertThat(pdf.text(0, modifier(0, 0))).isEqualTo("25");
            assertThat(pdf.text(0, cell(COL_24E, 0))).isEqualTo("ABC");
            assertThat(pdf.text(0, cell(COL_24F, 0))).isEqualTo("100.00");
            assertThat(pdf.text(0, cell(COL_24G, 5))).isEqualTo("2");
            assertThat(pdf.text(0, cell(COL_24J, 0))).isEqualTo("1999999992");
            assertThat(pdf.text(0, shadedCell(COL_24J, 0))).isEqualTo("208000000X");
        }
    }

    @Test
    void write_partiesAndReferences_inTheirItems() throws IOException {
        try (FormPdf pdf = write(sevenLines())) {
            assertThat(pdf.text(0, ITEM_1A)).contains("W123456789");
            assertThat(pdf.text(0, ITEM_2)).contains("MARSH, THEO");
            assertThat(pdf.text(0, ITEM_3)).contains("06 17 2019");
            assertThat(pdf.text(0, ITEM_4)).contains("MARSH, OLIVIA");
            assertThat(pdf.text(0, ITEM_5_CITY)).contains("DAYTON");
            assertThat(pdf.text(0, ITEM_11)).contains("G77");
            assertThat(pdf.text(0, ITEM_22)).contains("7").contains("ICN998877");
            assertThat(pdf.text(0, ITEM_23)).contains("AUTH-4411");
            assertThat(pdf.text(0, ITEM_25)).contains("456789012");
            assertThat(pdf.text(0, ITEM_26)).contains("FORMS-P-0001");
            assertThat(pdf.text(0, ITEM_33)).contains("HILLCREST PEDIATRICS").contains("DAYTON OH 45402-1234");
            assertThat(pdf.text(0, ITEM_33A)).contains("1234567893");
            assertThat(pdf.text(0, ITEM_2)).doesNotContain("OLIVIA");
        }
    }

    @Test
    void write_sevenLines_continuesOnSecondFormWithTotalOnLast() throws IOException {
        ProfessionalClaim claim = sevenLines();
        try (FormPdf pdf = write(claim)) {
            assertThat(pdf.pages()).isEqualTo(2);
            assertThat(pdf.text(0, ITEM_28)).contains("CONTINUED");
            assertThat(pdf.text(1, ITEM_28)).contains(claim.totalCharge().toString()).contains("910.00");
            assertThat(pdf.text(1, cell(COL_24D, 0))).isEqualTo("96110");
            assertThat(pdf.text(1, modifier(0, 3))).isEqualTo("GA");
            assertThat(pdf.text(1, cell(COL_24E, 0))).isEqualTo("LKJI");
            assertThat(pdf.text(1, cell(COL_24D, 1))).isEmpty();
            assertThat(pdf.text(1, ITEM_2)).contains("MARSH, THEO");
        }
    }

    @Test
    void render_png_dataInkOnlyInFilledBoxes() throws IOException {
        try (FormPdf pdf = write(sevenLines())) {
            BufferedImage page = pdf.render(0);
            FormPdf.savePng(page, "cms1500-test.png");
            assertThat(page.getWidth()).isEqualTo(Math.round(8.5 * FormPdf.DPI));
            assertThat(FormPdf.blackPixels(page, diagnosis(0))).isGreaterThan(20);
            assertThat(FormPdf.blackPixels(page, cell(COL_24D, 0))).isGreaterThan(20);
            // Items the model does not hold stay empty: no black ink at all.
            assertThat(FormPdf.blackPixels(page, ITEM_9)).isZero();
            assertThat(FormPdf.blackPixels(page, ITEM_17)).isZero();
            assertThat(FormPdf.blackPixels(page, ITEM_32)).isZero();
        }
    }

    @Test
    void checked_childOfCommercialSubscriber_ticksGroupPlanChildAndSexes() {
        assertThat(Cms1500Writer.checked(sevenLines()))
                .containsExactlyInAnyOrder("1:GROUP HEALTH PLAN", "3:M", "6:CHILD", "11a:F", "25:EIN", "27:YES");
    }

    @Test
    void coverage_filingCodes_mapToItem1Boxes() {
        assertThat(Cms1500Writer.coverage("MB")).isEqualTo("MEDICARE");
        assertThat(Cms1500Writer.coverage("MC")).isEqualTo("MEDICAID");
        assertThat(Cms1500Writer.coverage("CH")).isEqualTo("TRICARE");
        assertThat(Cms1500Writer.coverage("VA")).isEqualTo("CHAMPVA");
        assertThat(Cms1500Writer.coverage("WC")).isEqualTo("OTHER");
        assertThat(Cms1500Form.COVERAGE).contains("GROUP HEALTH PLAN", "OTHER");
    }

    @Test
    void write_noClaims_isRefused() {
        assertThatThrownBy(() -> new Cms1500Writer(SIGNED).write(List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layout_boxes_doNotOverlapAndStayOnThePage() {
        LayoutChecks.assertNoOverlap(BOXES);
        for (int i = 0; i < 12; i++) {
            assertThat(ITEM_21.area().contains(diagnosis(i).area())).as("21%s inside item 21", (char) ('A' + i)).isTrue();
        }
        assertThat(cell(COL_24J, LINES_PER_PAGE - 1).bottom()).isLessThanOrEqualTo(ITEM_25.y());
        assertThat(ITEM_33A.bottom()).isLessThan(FormCanvas.PAGE_HEIGHT - 18);
    }
}

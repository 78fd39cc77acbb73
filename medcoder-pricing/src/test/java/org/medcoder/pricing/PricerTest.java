package org.medcoder.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoder.pricing.CareSetting.FACILITY;
import static org.medcoder.pricing.CareSetting.NON_FACILITY;
import static org.medcoder.pricing.Fixture.alone;
import static org.medcoder.pricing.Fixture.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Single-line pricing: the formula, the setting, status codes and the line's own modifiers. Every expected amount is
 * computed by hand in the comment from the fixture's RVUs, the REST OF WASHINGTON GPCIs (work 1.000, PE 0.975,
 * MP 0.623) and CF 33.4009, rounded half up to the cent.
 */
class PricerTest {

    @Test
    void price_officeVisitNonFacility_formulaRoundedToCent() {
        // 99213 non-facility: [(1.30 × 1.000) + (1.46 × 0.975) + (0.09 × 0.623)] × 33.4009
        //   = [1.30 + 1.4235 + 0.05607] × 33.4009 = 2.77957 × 33.4009 = 92.840139... → 92.84
        PricedLine p = alone("99213", NON_FACILITY);
        assertThat(p.outcome()).isEqualTo(LineOutcome.PRICED);
        assertThat(p.allowed()).contains(money("92.84"));
        assertThat(p.calculation().orElseThrow().arithmetic()).contains("2.77957").endsWith("92.84");
        assertThat(p.globalDays()).isEqualTo("XXX");
        assertThat(p.release()).isEqualTo("RVU26C");
    }

    @Test
    void price_officeVisitFacility_usesFacilityPe() {
        // 99213 facility: [1.30 + (0.33 × 0.975 = 0.32175) + 0.05607] = 1.67782 × 33.4009 = 56.0406... → 56.04
        assertThat(alone("99213", FACILITY).allowed()).contains(money("56.04"));
    }

    @Test
    void price_nonFacilityNa_paidWithFacilityPe() {
        // 27447 non-facility PE is NA → facility PE 11.58: [19.11 + (11.58 × 0.975 = 11.2905) + (4.02 × 0.623 =
        //   2.50446)] = 32.90496 × 33.4009 = 1099.0552... → 1099.06
        PricedLine p = alone("27447", NON_FACILITY);
        assertThat(p.allowed()).contains(money("1099.06"));
        assertThat(p.calculation().orElseThrow().peSetting()).isEqualTo(FACILITY);
        assertThat(p.message()).contains("NA");
        assertThat(p.globalDays()).isEqualTo("090");
    }

    @Test
    void price_facilityNa_notPricedAndSaysWhy() {
        // 97110 has NA in the facility PE column: no guess.
        PricedLine p = alone("97110", FACILITY);
        assertThat(p.outcome()).isEqualTo(LineOutcome.NOT_PAYABLE);
        assertThat(p.allowed()).isEmpty();
        assertThat(p.message()).contains("PE RVU is NA");
    }

    @Test
    void price_professionalAndTechnicalComponents_useTheirRows() {
        // PC/TC indicator 1, 70450 non-facility:
        //   26: [0.83 + (0.30 × 0.975 = 0.2925) + (0.05 × 0.623 = 0.03115)] = 1.15365 × 33.4009 = 38.5329 → 38.53
        //   TC: [0 + (2.00 × 0.975 = 1.95) + (0.01 × 0.623 = 0.00623)] = 1.95623 × 33.4009 = 65.3398 → 65.34
        //   global: [0.83 + 2.2425 + 0.03738] = 3.10988 × 33.4009 = 103.8728 → 103.87 = 38.53 + 65.34
        PricedLine pc = alone("70450-26", NON_FACILITY);
        PricedLine tc = alone("70450-TC", NON_FACILITY);
        assertThat(pc.allowed()).contains(money("38.53"));
        assertThat(tc.allowed()).contains(money("65.34"));
        assertThat(alone("70450", NON_FACILITY).allowed()).contains(money("103.87"));
        assertThat(pc.adjustments()).extracting(Adjustment::rule).containsExactly(PaymentRule.PROFESSIONAL_COMPONENT);
    }

    @Test
    void price_modifier26OnPcTcIndicator0_invalidModifiers() {
        PricedLine p = alone("99213-26", NON_FACILITY);
        assertThat(p.outcome()).isEqualTo(LineOutcome.INVALID_MODIFIERS);
        assertThat(p.message()).contains("PC/TC indicator 0");
    }

    @Test
    void price_26AndTcTogether_invalidModifiers() {
        assertThat(alone("70450-26-TC", NON_FACILITY).outcome()).isEqualTo(LineOutcome.INVALID_MODIFIERS);
    }

    @Test
    void price_statusCodesOtherThanA_sayWhyInsteadOfAPrice() {
        assertOutcome("20930", LineOutcome.BUNDLED, "status B");
        assertOutcome("A4211", LineOutcome.BUNDLED, "status P");
        assertOutcome("0469T", LineOutcome.NOT_COVERED, "status N");
        assertOutcome("0054T", LineOutcome.CARRIER_PRICED, "status C");
        assertOutcome("11055", LineOutcome.CARRIER_PRICED, "status R");
        assertOutcome("32850", LineOutcome.STATUTORY_EXCLUSION, "status X");
        assertOutcome("90296", LineOutcome.EXCLUDED, "status E");
        assertOutcome("0001F", LineOutcome.NOT_VALID_FOR_MEDICARE, "status I");
        assertOutcome("0500F", LineOutcome.NOT_VALID_FOR_MEDICARE, "status M");
        assertOutcome("00100", LineOutcome.ANESTHESIA, "status J");
    }

    private static void assertOutcome(String code, LineOutcome outcome, String message) {
        PricedLine p = alone(code, NON_FACILITY);
        assertThat(p.outcome()).as(code).isEqualTo(outcome);
        assertThat(p.allowed()).as(code).isEmpty();
        assertThat(p.message()).as(code).contains(message);
    }

    @Test
    void price_statusTAlone_paid() {
        // 36591 (status T) non-facility: [0 + (0.90 × 0.975 = 0.8775) + (0.01 × 0.623)] = 0.88373 × 33.4009
        //   = 29.5174 → 29.52
        assertThat(alone("36591", NON_FACILITY).allowed()).contains(money("29.52"));
    }

    @Test
    void price_bilateralIndicator1_150Percent() {
        // 27447-50 facility: 1099.06 × 150% = 1648.59
        PricedLine p = alone("27447-50", FACILITY);
        assertThat(p.allowed()).contains(money("1648.59"));
        assertThat(p.adjustments()).extracting(Adjustment::rule).containsExactly(PaymentRule.BILATERAL_150);
    }

    @Test
    void price_bilateralIndicator2_100Percent() {
        // 11010-50 non-facility: [4.09 + (9.21 × 0.975 = 8.97975) + (0.75 × 0.623 = 0.46725)] = 13.537
        //   × 33.4009 = 452.1480 → 452.15, indicator 2 (RVUs already bilateral): 100%
        assertThat(alone("11010-50", NON_FACILITY).allowed()).contains(money("452.15"));
    }

    @Test
    void price_bilateralIndicator3_eachSideFull() {
        // 70030-50 non-facility: [0.18 + (0.78 × 0.975 = 0.7605) + (0.02 × 0.623 = 0.01246)] = 0.95296 × 33.4009
        //   = 31.8297 → 31.83; indicator 3: each side 100% → 63.66
        assertThat(alone("70030-50", NON_FACILITY).allowed()).contains(money("63.66"));
    }

    @Test
    void price_bilateralIndicator0_noAdjustment() {
        // 99213 has bilateral indicator 0: 50 does not raise the fee; 92.84
        PricedLine p = alone("99213-50", NON_FACILITY);
        assertThat(p.allowed()).contains(money("92.84"));
        assertThat(p.message()).contains("indicator 0");
    }

    @Test
    void price_assistantIndicator2_16Percent() {
        // 27447-80 facility: 1099.06 × 16% = 175.8496 → 175.85
        assertThat(alone("27447-80", FACILITY).allowed()).contains(money("175.85"));
        assertThat(alone("27447-82", FACILITY).allowed()).contains(money("175.85"));
    }

    @Test
    void price_nonPhysicianAssistant_85PercentOf16() {
        // 27447-AS facility: 1099.06 × 13.6% = 149.47216 → 149.47
        assertThat(alone("27447-AS", FACILITY).allowed()).contains(money("149.47"));
    }

    @Test
    void price_assistantIndicator0_paidWithDocumentationNote() {
        // 29881-80 facility: [6.85 + (7.19 × 0.975 = 7.01025) + (1.40 × 0.623 = 0.8722)] = 14.73245 × 33.4009
        //   = 492.0771 → 492.08; 16% = 78.7328 → 78.73
        PricedLine p = alone("29881-80", FACILITY);
        assertThat(p.allowed()).contains(money("78.73"));
        assertThat(p.message()).contains("documentation");
    }

    @Test
    void price_assistantIndicator1_notPayable() {
        PricedLine p = alone("29870-80", FACILITY);
        assertThat(p.outcome()).isEqualTo(LineOutcome.NOT_PAYABLE);
        assertThat(p.message()).contains("statutory");
    }

    @Test
    void price_coSurgeonIndicator1And2_62Point5Percent() {
        // 27447-62 (indicator 1): 1099.06 × 62.5% = 686.9125 → 686.91
        // 15756-62 (indicator 2): [36.02 + (16.83 × 0.975 = 16.40925) + (5.89 × 0.623 = 3.66947)] = 56.09872
        //   × 33.4009 = 1873.7477 → 1873.75; × 62.5% = 1171.09375 → 1171.09
        assertThat(alone("27447-62", FACILITY).allowed()).contains(money("686.91"));
        assertThat(alone("15756-62", FACILITY).allowed()).contains(money("1171.09"));
    }

    @Test
    void price_coSurgeonIndicator0_notPayable() {
        assertThat(alone("99213-62", NON_FACILITY).outcome()).isEqualTo(LineOutcome.NOT_PAYABLE);
    }

    @Test
    void price_teamSurgery_carrierPricedOrNotPermitted() {
        assertThat(alone("22818-66", FACILITY).outcome()).isEqualTo(LineOutcome.CARRIER_PRICED); // indicator 2
        assertThat(alone("22836-66", FACILITY).outcome()).isEqualTo(LineOutcome.CARRIER_PRICED); // indicator 1
        assertThat(alone("27447-66", FACILITY).outcome()).isEqualTo(LineOutcome.NOT_PAYABLE);    // indicator 0
    }

    @Test
    void price_modifier53WithOwnRow_usesIt() {
        // G0105-53 non-facility: [1.59 + (3.87 × 0.975 = 3.77325) + (0.20 × 0.623 = 0.1246)] = 5.48785 × 33.4009
        //   = 183.2991 → 183.30
        PricedLine p = alone("G0105-53", NON_FACILITY);
        assertThat(p.allowed()).contains(money("183.30"));
        assertThat(p.adjustments()).extracting(Adjustment::rule).containsExactly(PaymentRule.REDUCED_SERVICE);
    }

    @Test
    void price_chargeBelowFee_lowerOfChargeAndFee() {
        ServiceLine l = new ServiceLine(1, org.medcoder.core.HcpcsCode.parse("99213"), List.of(), 1,
                Optional.of(money("80.00")), Fixture.JULY, NON_FACILITY, "");
        PricedLine p = Fixture.pricer().priceAlone(l, Fixture.WA);
        assertThat(p.allowed()).contains(money("80.00"));
        assertThat(p.adjustments()).extracting(Adjustment::rule).containsExactly(PaymentRule.LOWER_OF_CHARGE);
    }

    @Test
    void price_codeNotOnSchedule_saysSo() {
        PricedLine p = alone("99999", NON_FACILITY);
        assertThat(p.outcome()).isEqualTo(LineOutcome.NOT_ON_SCHEDULE);
        assertThat(p.allowed()).isEmpty();
        assertThat(p.message()).contains("99999", "RVU26C");
    }

    @Test
    void price_dateInAprilRelease_usesAprilRvus() {
        // April fixture 99213: [1.30 + (1.40 × 0.975 = 1.365) + (0.10 × 0.623 = 0.0623)] = 2.7273 × 33.4009
        //   = 91.0943 → 91.09
        ServiceLine l = ServiceLine.parse(1, "99213", 1, LocalDate.of(2026, 5, 1), NON_FACILITY);
        PricedLine p = Fixture.pricer().priceAlone(l, Fixture.WA);
        assertThat(p.release()).isEqualTo("RVU26B");
        assertThat(p.allowed()).contains(money("91.09"));
    }

    @Test
    void price_dateOutsideEveryRelease_clearError() {
        ServiceLine l = ServiceLine.parse(1, "99213", 1, LocalDate.of(2026, 12, 1), NON_FACILITY);
        assertThatThrownBy(() -> Fixture.pricer().priceAlone(l, Fixture.WA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-12-01").hasMessageContaining("RVU26C");
    }

    @Test
    void price_localityMissingFromIncompleteFile_namesIncompleteness() {
        ServiceLine l = Fixture.line(1, "99213", 1, NON_FACILITY);
        assertThatThrownBy(() -> Fixture.pricer().priceAlone(l, LocalityId.of("01112", "CA", "72")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INCOMPLETE").hasMessageContaining("6 of the 109");
    }

    @Test
    void parse_malformedModifierOrCode_clearError() {
        assertThatThrownBy(() -> Fixture.line(1, "99213-2", 1, NON_FACILITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed modifier: '2'");
        assertThatThrownBy(() -> Fixture.line(1, "9921", 1, NON_FACILITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9921");
    }
}

package org.medcoder.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medcoder.pricing.CareSetting.FACILITY;
import static org.medcoder.pricing.CareSetting.NON_FACILITY;
import static org.medcoder.pricing.Fixture.claim;
import static org.medcoder.pricing.Fixture.money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoder.core.HcpcsCode;

/**
 * Claim-context rules: multiple surgery, endoscopy families, imaging/cardiovascular/ophthalmology/therapy
 * reductions, status T. Amounts computed by hand in the comments (REST OF WASHINGTON GPCIs 1.000/0.975/0.623,
 * CF 33.4009, half up to the cent).
 */
class ClaimReductionsTest {

    @Test
    void price_twoSurgeriesIndicator2_secondAt50Percent() {
        // 27447 facility 1099.06 (see PricerTest); 19301 facility: [9.88 + (6.52 × 0.975 = 6.357) + (2.54 × 0.623 =
        //   1.58242)] = 17.81942 × 33.4009 = 595.1847 → 595.18; ranked second: 50% = 297.59
        PricedClaim c = claim(FACILITY, "19301", "27447");
        assertThat(c.lines().get(1).allowed()).contains(money("1099.06"));
        assertThat(c.lines().get(0).allowed()).contains(money("297.59"));
        assertThat(c.lines().get(0).rulesApplied()).isEqualTo("MULTIPLE_SURGERY");
        assertThat(c.totalAllowed()).isEqualTo(money("1396.65"));
    }

    @Test
    void price_sameCodeTwoUnitsIndicator2_secondUnitAt50Percent() {
        // 19301 × 2 facility: 595.18 + 297.59 = 892.77
        PricedClaim c = Fixture.pricer().price(List.of(Fixture.line(1, "19301", 2, FACILITY)), Fixture.WA);
        assertThat(c.totalAllowed()).isEqualTo(money("892.77"));
    }

    @Test
    void price_indicator0TwoUnits_noReduction() {
        // 99213 × 2 non-facility: 92.84 × 2 = 185.68 (multiple procedure indicator 0)
        PricedClaim c = Fixture.pricer().price(List.of(Fixture.line(1, "99213", 2, NON_FACILITY)), Fixture.WA);
        assertThat(c.totalAllowed()).isEqualTo(money("185.68"));
        assertThat(c.lines().get(0).adjustments()).isEmpty();
    }

    @Test
    void price_surgeriesOnDifferentDaysOrPerformers_notReduced() {
        ServiceLine a = Fixture.line(1, "27447", 1, FACILITY);
        ServiceLine b = ServiceLine.parse(2, "19301", 1, LocalDate.of(2026, 7, 16), FACILITY);
        ServiceLine c = new ServiceLine(3, HcpcsCode.parse("19301"), List.of(), 1, Optional.empty(), Fixture.JULY,
                FACILITY, "1234567893");
        PricedClaim p = Fixture.pricer().price(List.of(a, b, c), Fixture.WA);
        assertThat(p.lines()).allSatisfy(l -> assertThat(l.adjustments()).isEmpty());
    }

    @Test
    void price_sixSurgeries_sixthMarkedOverFive() {
        PricedClaim c = claim(FACILITY, "27447", "19301", "15756", "29870", "63047", "33533");
        long overFive = c.lines().stream().filter(l -> l.rulesApplied().contains("MULTIPLE_SURGERY_OVER_FIVE")).count();
        long reduced = c.lines().stream().filter(l -> !l.adjustments().isEmpty()).count();
        assertThat(overFive).isEqualTo(1);
        assertThat(reduced).isEqualTo(5);
    }

    @Test
    void price_bilateralThenMultipleSurgery_rankedOnAdjustedAmount() {
        // 19301-50 facility: 595.18 × 150% = 892.77 (bilateral indicator 1), still below 27447's 1099.06, so it is
        //   second: 892.77 × 50% = 446.385 → 446.39
        PricedClaim c = claim(FACILITY, "27447", "19301-50");
        assertThat(c.lines().get(1).allowed()).contains(money("446.39"));
        assertThat(c.lines().get(1).rulesApplied()).isEqualTo("BILATERAL_150, MULTIPLE_SURGERY");
    }

    @Test
    void price_endoscopyFamily_highestFullOthersDifferenceToBase() {
        // Facility. Base 45378: [3.18 + (1.34 × 0.975 = 1.3065) + (0.41 × 0.623 = 0.25543)] = 4.74193 × 33.4009
        //   = 158.3847 → 158.38. 45385: [4.46 + 1.677 + 0.31773] = 6.45473 × 33.4009 = 215.5938 → 215.59 (highest,
        //   in full). 45380: [3.47 + 1.39425 + 0.26166] = 5.12591 × 33.4009 = 171.2100 → 171.21; pays
        //   171.21 − 158.38 = 12.83. Family total 228.42; no other surgery, so no 50% step.
        PricedClaim c = claim(FACILITY, "45380", "45385");
        assertThat(c.lines().get(0).allowed()).contains(money("12.83"));
        assertThat(c.lines().get(0).rulesApplied()).isEqualTo("ENDOSCOPY_FAMILY");
        assertThat(c.lines().get(1).allowed()).contains(money("215.59"));
        assertThat(c.totalAllowed()).isEqualTo(money("228.42"));
    }

    @Test
    void price_endoscopyWithItsBase_baseIncluded() {
        // 45378 (base) + 45380 facility: 45380 in full 171.21; the base is included: 0.00
        PricedClaim c = claim(FACILITY, "45378", "45380");
        assertThat(c.lines().get(0).allowed()).contains(money("0.00"));
        assertThat(c.lines().get(0).rulesApplied()).isEqualTo("ENDOSCOPY_BASE_INCLUDED");
        assertThat(c.lines().get(1).allowed()).contains(money("171.21"));
    }

    @Test
    void price_endoscopyFamilyWithOtherSurgery_familyRankedAsOneProcedure() {
        // Family 45385 + 45380 = 228.42 (above) ranks below 19301 (595.18), so the whole family is at 50%:
        //   45385: 215.59 × 50% = 107.795 → 107.80; 45380: 12.83 × 50% = 6.415 → 6.42
        PricedClaim c = claim(FACILITY, "45385", "45380", "19301");
        assertThat(c.lines().get(0).allowed()).contains(money("107.80"));
        assertThat(c.lines().get(1).allowed()).contains(money("6.42"));
        assertThat(c.lines().get(2).allowed()).contains(money("595.18"));
    }

    @Test
    void price_twoImagingStudies_tcHalfPc95Percent() {
        // Non-facility. 72125 global 127.33, TC row 81.95 → PC 45.38; 70450 global 103.87, TC row 65.34 → PC 38.53
        //   (see PricerTest). TC: 81.95 highest in full; 65.34 × 50% = 32.67. PC: 45.38 in full; 38.53 × 95%
        //   = 36.6035 → 36.60. 70450 pays 32.67 + 36.60 = 69.27; claim 127.33 + 69.27 = 196.60
        PricedClaim c = claim(NON_FACILITY, "70450", "72125");
        assertThat(c.lines().get(0).allowed()).contains(money("69.27"));
        assertThat(c.lines().get(0).rulesApplied()).isEqualTo("IMAGING_TC, IMAGING_PC");
        assertThat(c.lines().get(1).allowed()).contains(money("127.33"));
        assertThat(c.totalAllowed()).isEqualTo(money("196.60"));
    }

    @Test
    void price_twoCardiovascularStudies_tc75PercentPcFull() {
        // Non-facility. 93880: global [0.78 + 4.6605 + 0.0623] = 5.5028 × 33.4009 = 183.7985 → 183.80, TC
        //   [4.39725 + 0.01869] = 4.41594 × 33.4009 = 147.4964 → 147.50. 93306: global [1.42 + 4.28025 + 0.04984]
        //   = 5.75009 × 33.4009 = 192.0582 → 192.06, TC [3.744 + 0.01869] = 3.76269 × 33.4009 = 125.6772 → 125.68,
        //   PC 192.06 − 125.68 = 66.38. TC ranking: 147.50 first; 125.68 × 75% = 94.26. 93306 = 94.26 + 66.38
        //   = 160.64
        PricedClaim c = claim(NON_FACILITY, "93306", "93880");
        assertThat(c.lines().get(0).allowed()).contains(money("160.64"));
        assertThat(c.lines().get(0).rulesApplied()).isEqualTo("CARDIOVASCULAR_TC");
        assertThat(c.lines().get(1).allowed()).contains(money("183.80"));
    }

    @Test
    void price_twoOphthalmologyStudies_tc80Percent() {
        // Non-facility. 92250: global 1.08496 × 33.4009 = 36.2386 → 36.24, TC [0.47775 + 0.00623] = 0.48398
        //   × 33.4009 = 16.1654 → 16.17. 92134: global [0.31 + 0.63375 + 0.01246] = 0.95621 × 33.4009 = 31.9383
        //   → 31.94, TC [0.429 + 0.00623] = 0.43523 × 33.4009 = 14.5371 → 14.54, PC 17.40. 92134 TC second:
        //   14.54 × 80% = 11.632 → 11.63; line = 11.63 + 17.40 = 29.03
        PricedClaim c = claim(NON_FACILITY, "92134", "92250");
        assertThat(c.lines().get(0).allowed()).contains(money("29.03"));
        assertThat(c.lines().get(1).allowed()).contains(money("36.24"));
    }

    @Test
    void price_therapyUnits_pePortionOfLaterUnitsHalved() {
        // Non-facility. 97110: [0.45 + (0.41 × 0.975 = 0.39975) + 0.00623] = 0.85598 × 33.4009 = 28.5905 → 28.59;
        //   its PE is worth 28.59 − (0.45623 × 33.4009 = 15.2385 → 15.24) = 13.35; with half the PE:
        //   [0.45 + 0.199875 + 0.00623] = 0.656105 × 33.4009 = 21.9145 → 21.91, a cut of 6.68.
        // 97140: [0.43 + 0.38025 + 0.00623] = 0.81648 × 33.4009 = 27.2712 → 27.27; PE worth 27.27 − 14.57 = 12.70;
        //   half PE: 0.626355 × 33.4009 = 20.9208 → 20.92, a cut of 6.35.
        // Highest PE unit: the first 97110 unit in full (28.59); second 97110 unit 28.59 − 6.68 = 21.91;
        //   97140 27.27 − 6.35 = 20.92. Lines: 97110 × 2 = 50.50, 97140 = 20.92, claim 71.42.
        List<ServiceLine> lines = List.of(Fixture.line(1, "97110", 2, NON_FACILITY),
                Fixture.line(2, "97140", 1, NON_FACILITY));
        PricedClaim c = Fixture.pricer().price(lines, Fixture.WA);
        assertThat(c.lines().get(0).allowed()).contains(money("50.50"));
        assertThat(c.lines().get(1).allowed()).contains(money("20.92"));
        assertThat(c.lines().get(1).rulesApplied()).isEqualTo("THERAPY_PE");
        assertThat(c.totalAllowed()).isEqualTo(money("71.42"));
    }

    @Test
    void price_statusTWithAnotherService_bundled() {
        PricedClaim c = claim(NON_FACILITY, "36591", "99213");
        assertThat(c.lines().get(0).outcome()).isEqualTo(LineOutcome.BUNDLED);
        assertThat(c.lines().get(0).allowed()).isEmpty();
        assertThat(c.totalAllowed()).isEqualTo(money("92.84"));
    }

    @Test
    void price_unpricedLines_neverCountAsZeroPrices() {
        PricedClaim c = claim(NON_FACILITY, "99213", "0469T", "99999");
        assertThat(c.lines().get(1).allowed()).isEmpty();
        assertThat(c.lines().get(2).outcome()).isEqualTo(LineOutcome.NOT_ON_SCHEDULE);
        assertThat(c.hasInputProblems()).isTrue();
        assertThat(c.totalAllowed()).isEqualTo(money("92.84"));
    }
}

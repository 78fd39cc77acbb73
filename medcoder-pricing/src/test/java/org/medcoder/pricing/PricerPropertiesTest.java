package org.medcoder.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.core.HcpcsCode;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of pricing over the fixture: monotone in units, 26 + TC = global, reductions never raise a claim. */
class PricerPropertiesTest {

    private static final String[] CODES = {"99213", "27447", "29881", "29880", "29870", "45378", "45380", "45385",
        "97110", "97140", "97530", "93306", "93880", "92134", "92250", "70450", "72125", "71046", "19301", "63047",
        "33533", "33208", "11010", "70030", "15756", "10005", "36591", "0509T", "G0105"};
    private static final String[] PC_TC_CODES = {"93306", "93880", "92134", "92250", "70450", "72125", "71046",
        "70030", "0509T"};
    private static final String[] MODIFIERS = {"50", "62", "80", "AS", "51", "26", "TC", "59", "RT"};
    private static final LocalityId[] LOCALITIES = {Fixture.WA, LocalityId.of("10112", "AL", "00"),
        LocalityId.of("02102", "AK", "01"), LocalityId.of("01112", "CA", "05"), LocalityId.of("05102", "CT", "00"),
        LocalityId.of("05102", "IA", "00")};

    private final Pricer pricer = Fixture.pricer();

    private static Gen<CareSetting> settings() {
        return Generate.enumValues(CareSetting.class);
    }

    @Test
    void price_moreUnits_neverLess() {
        qt().forAll(Generate.pick(List.of(CODES)), integers().between(1, 40), Generate.pick(List.of(LOCALITIES)),
                settings()).checkAssert((code, units, locality, setting) -> {
                    long fewer = total(List.of(Fixture.line(1, code, units, setting)), locality);
                    long more = total(List.of(Fixture.line(1, code, units + 1, setting)), locality);
                    assertThat(more).as(code + " × " + units).isGreaterThanOrEqualTo(fewer);
                });
    }

    @Test
    void price_professionalPlusTechnical_equalsGlobalWithinACent() {
        qt().forAll(Generate.pick(List.of(PC_TC_CODES)), Generate.pick(List.of(LOCALITIES)), settings())
                .checkAssert((code, locality, setting) -> {
                    PricedLine global = pricer.priceAlone(Fixture.line(1, code, 1, setting), locality);
                    PricedLine pc = pricer.priceAlone(Fixture.line(1, code + "-26", 1, setting), locality);
                    PricedLine tc = pricer.priceAlone(Fixture.line(1, code + "-TC", 1, setting), locality);
                    if (global.outcome() == LineOutcome.PRICED && tc.outcome() == LineOutcome.PRICED) {
                        assertThat(Math.abs(pc.allowedCents() + tc.allowedCents() - global.allowedCents()))
                                .as(code + " " + locality + " " + setting).isLessThanOrEqualTo(1);
                    }
                });
    }

    @Test
    void price_modifierRemoved_claimNeverAboveUnreducedSum() {
        Gen<List<Integer>> picks = lists().of(integers().between(0, CODES.length * MODIFIERS.length - 1))
                .ofSizeBetween(1, 7);
        qt().forAll(picks, integers().between(0, 100), settings()).checkAssert((p, which, setting) -> {
            List<ServiceLine> claim = claimOf(p, setting);
            List<ServiceLine> removed = withoutOneModifier(claim, which);
            assertThat(total(claim, Fixture.WA)).isLessThanOrEqualTo(unreduced(claim));
            assertThat(total(removed, Fixture.WA)).isLessThanOrEqualTo(unreduced(removed));
        });
    }

    private static List<ServiceLine> claimOf(List<Integer> picks, CareSetting setting) {
        List<ServiceLine> out = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            int n = picks.get(i);
            String code = CODES[n % CODES.length];
            String mod = MODIFIERS[n / CODES.length];
            String billed = n % 3 == 0 ? code : code + "-" + mod;
            out.add(Fixture.line(i + 1, billed, 1 + n % 2, setting));
        }
        return out;
    }

    private static List<ServiceLine> withoutOneModifier(List<ServiceLine> claim, int which) {
        List<ServiceLine> out = new ArrayList<>(claim);
        for (int k = 0; k < claim.size(); k++) {
            ServiceLine l = claim.get((which + k) % claim.size());
            if (!l.modifiers().isEmpty()) {
                out.set((which + k) % claim.size(), new ServiceLine(l.number(), HcpcsCode.parse(l.code().value()),
                        l.modifiers().subList(1, l.modifiers().size()), l.units(), l.charge(), l.dateOfService(),
                        l.setting(), l.performer()));
                break;
            }
        }
        return out;
    }

    private long total(List<ServiceLine> lines, LocalityId locality) {
        return pricer.price(lines, locality).totalAllowedCents();
    }

    /** The sum of the lines each priced alone with one unit at a time: no multiple procedure reduction at all. */
    private long unreduced(List<ServiceLine> lines) {
        long sum = 0;
        for (ServiceLine l : lines) {
            ServiceLine one = new ServiceLine(l.number(), l.code(), l.modifiers(), 1, l.charge(), l.dateOfService(),
                    l.setting(), l.performer());
            sum += pricer.priceAlone(one, Fixture.WA).allowedCents() * l.units();
        }
        return sum;
    }
}

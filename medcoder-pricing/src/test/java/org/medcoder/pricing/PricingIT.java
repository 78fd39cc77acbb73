package org.medcoder.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medcoder.core.HcpcsCode;

/** The pricer on the official RVU26C file and the (incomplete) CY2026 GPCI file in {@code medcoder.data}/mpfs. */
class PricingIT {

    private static FeeSchedule schedule;
    private static Pricer pricer;

    @BeforeAll
    static void load() {
        Path mpfs = Path.of(System.getProperty("medcoder.data", "../shared/data")).resolve("mpfs");
        if (!Files.isDirectory(mpfs)) {
            throw new IllegalStateException("official fee schedule folder missing: " + mpfs.toAbsolutePath()
                    + " (set -Dmedcoder.data to the shared data folder)");
        }
        schedule = FeeSchedule.load(mpfs);
        pricer = new Pricer(schedule);
    }

    @Test
    void load_rvu26c_everyRowReadNoFindings() {
        FeeScheduleRelease r = schedule.release(LocalDate.of(2026, 8, 1));
        assertThat(r.id()).isEqualTo("RVU26C");
        // 19,356 data rows; one is CMS's placeholder code GXXX1 (status X), which is not a HCPCS code shape: it is
        // reported as a finding with its line, not silently dropped.
        assertThat(r.size()).isEqualTo(19_355);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MPFS-VALUE");
            assertThat(f.location().line()).isEqualTo(16_248);
            assertThat(f.message()).contains("GXXX1");
        });
        assertThat(r.entry(HcpcsCode.parse("27447"), "").orElseThrow().workRvu()).isEqualTo(1911);
    }

    @Test
    void load_gpci2026_reportedIncomplete() {
        GpciTable t = schedule.requireGpcis(2026);
        assertThat(t.localities()).hasSize(98);
        assertThat(t.findings()).isEmpty();
        assertThat(t.incomplete()).isTrue();
        assertThat(t.completeness()).contains("INCOMPLETE: 98 of the 109");
        assertThatThrownBy(() -> t.resolveByName("CA", "SAN DIEGO")).hasMessageContaining("INCOMPLETE");
        assertThatThrownBy(() -> t.resolve("05102-00", "")).hasMessageContaining("ambiguous");
    }

    @Test
    void price_officeVisitRestOfWashington_handComputed() {
        // 99213: [(1.30 × 1.000) + (1.46 × 0.975) + (0.09 × 0.623)] × 33.4009 = 2.77957 × 33.4009 = 92.84
        ServiceLine l = ServiceLine.parse(1, "99213", 1, LocalDate.of(2026, 7, 15), CareSetting.NON_FACILITY);
        assertThat(pricer.priceAlone(l, LocalityId.of("02402", "WA", "99")).allowedCents()).isEqualTo(9_284);
    }

    @Test
    void price_professionalPlusTechnical_equalsGlobalWithinACentEverywhere() {
        FeeScheduleRelease r = schedule.latest();
        List<String> codes = pcTcCodes(r);
        assertThat(codes).hasSize(821); // status A, PC/TC indicator 1, with 26 and TC rows
        int compared = 0;
        for (Gpci g : schedule.requireGpcis(2026).localities()) {
            for (CareSetting s : CareSetting.values()) {
                for (String code : codes) {
                    PricedLine global = price(code, s, g);
                    PricedLine tc = price(code + "-TC", s, g);
                    PricedLine pc = price(code + "-26", s, g);
                    if (global.outcome() == LineOutcome.PRICED && tc.outcome() == LineOutcome.PRICED
                            && pc.outcome() == LineOutcome.PRICED) {
                        assertThat(Math.abs(pc.allowedCents() + tc.allowedCents() - global.allowedCents()))
                                .as(code + " " + g.locality() + " " + s).isLessThanOrEqualTo(1);
                        compared++;
                    }
                }
            }
        }
        // 821 codes × 98 localities non-facility; in the facility setting the TC is mostly NA (not priced)
        assertThat(compared).isGreaterThan(80_000);
    }

    @Test
    void price_everyActiveCode_pricedOrSaysWhy() {
        FeeScheduleRelease r = schedule.latest();
        Gpci g = schedule.requireGpcis(2026).find(LocalityId.of("10112", "AL", "00")).orElseThrow();
        int priced = 0;
        for (String code : activeCodes(r)) {
            PricedLine p = price(code, CareSetting.NON_FACILITY, g);
            assertThat(p.outcome()).as(code).isIn(LineOutcome.PRICED, LineOutcome.NOT_PAYABLE);
            if (p.outcome() == LineOutcome.PRICED) {
                priced++;
            } else {
                assertThat(p.message()).as(code).isNotEmpty();
            }
        }
        assertThat(priced).isEqualTo(7_647); // every status A global row of RVU26C
    }

    private static PricedLine price(String code, CareSetting s, Gpci g) {
        return pricer.priceAlone(ServiceLine.parse(1, code, 1, LocalDate.of(2026, 7, 15), s), g.locality());
    }

    private static List<String> pcTcCodes(FeeScheduleRelease r) {
        List<String> out = new ArrayList<>();
        for (String code : activeCodes(r)) {
            HcpcsCode c = HcpcsCode.parse(code);
            RvuEntry global = r.entry(c, "").orElseThrow();
            if (global.pcTcIndicator() == '1' && r.entry(c, "26").isPresent() && r.entry(c, "TC").isPresent()) {
                out.add(code);
            }
        }
        return out;
    }

    /** Status A codes with a global row. */
    private static List<String> activeCodes(FeeScheduleRelease r) {
        List<String> out = new ArrayList<>();
        for (RvuEntry e : r.entries()) {
            if (e.modifier().isEmpty() && e.status() == 'A') {
                out.add(e.code().value());
            }
        }
        return out;
    }
}

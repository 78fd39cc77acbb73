package org.medcoder.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medcoder.core.HcpcsCode;

/** Loading the fixture folder: releases by file name, GPCIs, completeness, locality look-up. */
class FeeScheduleTest {

    private final FeeSchedule schedule = Fixture.schedule();

    @Test
    void load_twoQuarterlyReleases_effectiveDatedSideBySide() {
        assertThat(schedule.releases()).extracting(FeeScheduleRelease::id).containsExactly("RVU26B", "RVU26C");
        assertThat(schedule.release(LocalDate.of(2026, 7, 1)).id()).isEqualTo("RVU26C");
        assertThat(schedule.release(LocalDate.of(2026, 9, 30)).id()).isEqualTo("RVU26C");
        assertThat(schedule.release(LocalDate.of(2026, 6, 30)).id()).isEqualTo("RVU26B");
        assertThat(schedule.latest().period().toString()).isEqualTo("2026-07-01..2026-09-30");
        assertThat(schedule.latest().findings()).isEmpty();
    }

    @Test
    void load_rowsByModifier_keptWithoutDescriptions() {
        FeeScheduleRelease r = schedule.latest();
        RvuEntry tc = r.entry(HcpcsCode.parse("70450"), "TC").orElseThrow();
        assertThat(tc.workRvu()).isZero();
        assertThat(tc.nonFacilityPeRvu()).isEqualTo(200);
        assertThat(tc.facilityNa()).isTrue();
        assertThat(tc.conversionFactor()).isEqualTo(334_009);
        assertThat(r.entry(HcpcsCode.parse("29881"), "").orElseThrow().endoscopicBase()).isEqualTo("29870");
        assertThat(r.entry(HcpcsCode.parse("99213"), "26")).isEmpty();
    }

    @Test
    void gpcis_fewerLocalitiesThanPublished_reportedIncomplete() {
        GpciTable t = schedule.requireGpcis(2026);
        assertThat(t.incomplete()).isTrue();
        assertThat(t.completeness()).isEqualTo("GPCI2026.csv (INCOMPLETE: 6 of the 109 CY2026 Medicare localities)");
        assertThat(t.find(LocalityId.of("02102", "AK", "01")).orElseThrow().name()).isEqualTo("ALASKA");
    }

    @Test
    void resolve_macServingTwoStates_needsTheState() {
        GpciTable t = schedule.requireGpcis(2026);
        assertThatThrownBy(() -> t.resolve("05102-00", "")).hasMessageContaining("ambiguous")
                .hasMessageContaining("CT").hasMessageContaining("IA");
        assertThat(t.resolve("05102-00", "ia").pe()).isEqualTo(900);
        assertThat(t.resolve("05102-CT-00", "").pe()).isEqualTo(1122);
        assertThat(t.resolve("02402-99", "").name()).isEqualTo("REST OF WASHINGTON");
    }

    @Test
    void resolve_missingLocality_saysFileIsIncomplete() {
        GpciTable t = schedule.requireGpcis(2026);
        assertThatThrownBy(() -> t.resolve("01112-72", "")).hasMessageContaining("INCOMPLETE")
                .hasMessageContaining("no GPCIs are guessed");
        assertThatThrownBy(() -> t.resolveByName("CA", "SAN DIEGO")).hasMessageContaining("INCOMPLETE");
        assertThatThrownBy(() -> t.resolve("0510-00", "")).hasMessageContaining("MAC");
    }

    @Test
    void resolveByName_partialName_findsTheOne() {
        assertThat(schedule.requireGpcis(2026).resolveByName("CA", "san francisco").locality().number())
                .isEqualTo("05");
    }
}

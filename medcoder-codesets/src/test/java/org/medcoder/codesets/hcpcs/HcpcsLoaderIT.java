package org.medcoder.codesets.hcpcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.core.Finding;
import org.medcoder.core.HcpcsCode;

/** HCPCS Level II 2019 from the official CMS file in the data folder (system property {@code medcoder.data}). */
class HcpcsLoaderIT {

    private static HcpcsRelease y2019;
    private static final List<Finding> warnings = new ArrayList<>();

    @BeforeAll
    static void load() {
        String dir = System.getProperty("medcoder.data");
        if (dir == null || !Files.isDirectory(Path.of(dir, "hcpcs"))) {
            throw new IllegalStateException("official data folder missing: set -Dmedcoder.data to ../shared/data (was " + dir + ")");
        }
        y2019 = HcpcsLoader.load(Path.of(dir), warnings::add).stream()
                .filter(r -> r.info().version().equals("2019")).findFirst().orElseThrow();
    }

    @Test
    void load_2019_countsMatchTheRecordIdentifiers() {
        // HCPC2019_CONTR_ANWEB.txt: 6,440 records with identifier 3 and 360 with identifier 7.
        assertThat(y2019.info().counts()).containsEntry("codes", 6_440L).containsEntry("modifiers", 360L);
        assertThat(y2019.info().period().start()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(y2019.info().sources().get(0).sha256())
                .isEqualTo("61c0ba424005b1ffcabfcd9eba6833e8046912343e1da7c99cbfd055dde8dcb1");
        assertThat(y2019.info().provenance()).anyMatch(p -> p.startsWith("Outdated"));
    }

    @Test
    void entry_j1100_isListedWithItsColumns() {
        HcpcsEntry j = y2019.entry(HcpcsCode.parse("J1100")).orElseThrow();
        assertThat(j.longDescription()).isEqualTo("Injection, dexamethasone sodium phosphate, 1 mg");
        assertThat(j.pricingIndicators()).containsExactly("51");
        assertThat(j.betos()).isEqualTo("O1E");
        assertThat(j.isActiveOn(LocalDate.of(2019, 6, 1))).isTrue();
    }

    @Test
    void entry_continuationLines_joinedIntoTheLongDescription() {
        assertThat(y2019.description(HcpcsCode.parse("A0426")).orElseThrow()).endsWith("level 1 (als 1)");
        assertThat(y2019.modifier("LT")).isPresent();
        assertThat(y2019.contains(HcpcsCode.parse("99213"))).isFalse();
    }
}

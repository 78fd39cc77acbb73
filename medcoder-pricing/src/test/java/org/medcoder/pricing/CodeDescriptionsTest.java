package org.medcoder.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own description file (the texts here are made up, not CPT descriptors). */
class CodeDescriptionsTest {

    @TempDir
    Path dir;

    @Test
    void read_commaTabAndPprrvuLayouts_keyedByCode() throws IOException {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, "99213,my office visit note\nj1100\tmy drug note\n"
                + "70450,26,my row for the 26 modifier,A" + ",".repeat(28) + "\n"
                + "70450,,my global row text,A" + ",".repeat(28) + "\n", StandardCharsets.ISO_8859_1);
        CodeDescriptions d = CodeDescriptions.read(f);
        assertThat(d.of("99213")).contains("my office visit note");
        assertThat(d.of("J1100")).contains("my drug note");
        assertThat(d.of("70450")).contains("my global row text");
        assertThat(d.of("27447")).isEmpty();
        assertThat(CodeDescriptions.none().of("99213")).isEmpty();
    }

    @Test
    void read_missingFile_clearError() {
        assertThatThrownBy(() -> CodeDescriptions.read(dir.resolve("nope.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.csv");
    }

    @Test
    void ofPlaceOfService_facilityPlaces_facility() {
        assertThat(CareSetting.ofPlaceOfService("22")).isEqualTo(CareSetting.FACILITY);
        assertThat(CareSetting.ofPlaceOfService("21")).isEqualTo(CareSetting.FACILITY);
        assertThat(CareSetting.ofPlaceOfService("11")).isEqualTo(CareSetting.NON_FACILITY);
        assertThat(CareSetting.ofPlaceOfService("12")).isEqualTo(CareSetting.NON_FACILITY);
    }
}

package org.medcoder.codesets.icd10pcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.PcsCode;

class PcsSnapshotTest {

    @TempDir
    Path data;

    @Test
    void readWrite_fixtureRelease_roundTripsEverything() throws IOException {
        PcsLoaderTest.plainLayout(data);
        TablePcsRelease original = (TablePcsRelease) PcsLoader.load(data, f -> { }).get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            PcsSnapshot.write(original, out);
        }
        PcsRelease copy = PcsSnapshot.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(copy.info()).isEqualTo(original.info());
        assertThat(copy.tables()).isEqualTo(original.tables());
        assertThat(copy.definitions()).isEqualTo(original.definitions());
        assertThat(copy.deviceAggregations()).isEqualTo(original.deviceAggregations());
        assertThat(copy.codes()).containsExactlyElementsOf(original.codes().toList());
        original.codes().forEach(c -> {
            assertThat(copy.isValid(c)).isTrue();
            assertThat(copy.title(c)).isEqualTo(original.title(c));
            assertThat(copy.shortTitle(c)).isEqualTo(original.shortTitle(c));
        });
        assertThat(copy.isValid(PcsCode.parse("0DT54ZZ"))).isFalse();
        assertThat(copy.codeCount()).isEqualTo(10);
    }
}

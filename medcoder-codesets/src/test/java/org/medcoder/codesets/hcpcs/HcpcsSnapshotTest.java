package org.medcoder.codesets.hcpcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.HcpcsRelease;

class HcpcsSnapshotTest {

    @TempDir
    Path data;

    @Test
    void readWrite_fixtureRelease_roundTripsEveryColumn() throws IOException {
        HcpcsLoaderTest.zip(data.resolve("hcpcs/a.zip"), "HCPC2019_CONTR_ANWEB.txt", HcpcsLoaderTest.fixture());
        HcpcsRelease original = HcpcsLoader.load(data, f -> { }).get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            HcpcsSnapshot.write(original, out);
        }
        HcpcsRelease copy = HcpcsSnapshot.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(copy.info()).isEqualTo(original.info());
        assertThat(copy.entries()).isEqualTo(original.entries());
        assertThat(copy.modifiers()).isEqualTo(original.modifiers());
    }
}

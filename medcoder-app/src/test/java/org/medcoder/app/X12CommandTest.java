package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class X12CommandTest {

    @Test
    void validate_valid835_exit0AndAccepted999(@TempDir Path dir) throws Exception {
        Path ack = dir.resolve("ack.999");

        CommandRunner.Result r = CommandRunner.run(new X12Command(), "validate", RemitCommandTest.EXAMPLE.toString(),
                "--ack", ack.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("REMITTANCE_835", "Result: valid");
        assertThat(Files.readString(ack)).contains("AK2*835*0731*005010X221A1~IK5*A~AK9*A*1*1*1~");
    }

    @Test
    void validate_badDate_exit1WithSegmentPositionAndCode(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.835");
        Files.writeString(bad, Files.readString(RemitCommandTest.EXAMPLE).replace("DTM*472*20260302", "DTM*472*20260231"));

        CommandRunner.Result r = CommandRunner.run(new X12Command(), "validate", bad.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("X12-IK403-8", "segment 17 DTM, loop 2110, DTM02", "'20260231'");
    }

    @Test
    void validate_notX12_exit2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.txt");
        Files.writeString(file, "");

        CommandRunner.Result r = CommandRunner.run(new X12Command(), "validate", file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("cannot be read as X12");
    }
}

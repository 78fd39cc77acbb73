package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medcoder bench coding} runs and reports what it promises (a row per interval with heap and rates) on the
 * fixture code sets. It checks the report's shape only: speed and memory figures are measured by running the
 * command, never asserted in a unit test.
 */
class BenchCodingCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    @Test
    void benchCoding_generatedNotes_oneRowPerInterval() throws IOException {
        CommandRunner.Result r = console.run("bench", "coding", "--data", CodeSetCommandsTest.DATA,
                "--corpus", tmp.resolve("no-corpus").toString(), "--source", "generated", "--docs", "25", "--every", "10",
                "--json");

        assertThat(r.exit()).isZero();
        JsonNode report = Json.mapper().readTree(r.out());
        List<Integer> docs = new ArrayList<>();
        report.get("intervals").forEach(row -> {
            docs.add(row.get("documents").asInt());
            assertThat(row.get("heapAfterGcMb").asDouble()).isPositive();
            assertThat(row.get("docsPerCpuSecond").asDouble()).isPositive();
        });
        assertThat(docs).containsExactly(10, 20, 25);
    }

    @Test
    void benchCoding_unknownSource_usageErrorExitTwo() {
        CommandRunner.Result r = console.run("bench", "coding", "--data", CodeSetCommandsTest.DATA, "--source", "web");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown --source 'web'");
    }
}

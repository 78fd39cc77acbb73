package org.medcoder.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.Encoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoder throughput: diagnostic statements encoded per second on one thread (one core), after warm-up, on the
 * official FY2026 files. Each invocation encodes the next statement of the bundled mix, in turn (the statements of the
 * two first encoder evaluation sets: every chapter, index and table look-ups, tabular walks, 7th characters, paired
 * codes; plus two nonsense inputs), so the score is statements/s whatever the number of statements.
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -Dmedcoder.data=../shared/data
 * -jar medcoder-bench/target/benchmarks.jar EncoderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Threads(1)
public class EncoderBenchmark {

    private Encoder encoder;
    private List<String> statements;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of(System.getProperty("medcoder.data", "../shared/data"));
        String env = System.getenv("MEDCODER_CACHE");
        Path cache = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".medcoder", "cache");
        encoder = Encoder.forRelease(CodeSetsLoader.load(data, cache).icd10cm(LocalDate.of(2026, 3, 1)));
        statements = new ArrayList<>();
        for (String set : List.of("statements.tsv", "holdout.tsv")) {
            statements.addAll(read(set));
        }
        statements.add("asdf");
        statements.add("qwerty zxcv");
    }

    private static List<String> read(String name) throws IOException {
        Path p = Path.of(System.getProperty("medcoder.home", "."), "medcoder-encoder/src/test/resources/encoder", name);
        try (InputStream in = java.nio.file.Files.newInputStream(p)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.substring(0, line.indexOf('\t')));
                }
            }
            return out;
        }
    }

    @Benchmark
    public EncodeResult encodeStatements() {
        String s = statements.get(next);
        next = next + 1 == statements.size() ? 0 : next + 1;
        return encoder.encode(s);
    }
}

package org.medcoder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.core.IcdCmCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-load times, one shot each in a fresh fork: {@code coldImport} parses every official file (ICD-10-CM,
 * ICD-10-PCS, HCPCS) into an empty snapshot cache; {@code snapshotStartup} loads the same releases from a filled
 * cache and answers one lookup (the start-up a user waits for, JVM start excluded).
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -jar
 * medcoder-bench/target/benchmarks.jar ImportBenchmark -jvmArgs -Dmedcoder.data=../shared/data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xmx4g", "-XX:+UseSerialGC"})
public class ImportBenchmark {

    private Path emptyCache;
    private Path filledCache;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        emptyCache = Files.createTempDirectory("medcoder-bench-empty-");
        filledCache = Files.createTempDirectory("medcoder-bench-filled-");
        CodeSetsLoader.load(BenchData.dataDir(), filledCache);
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        delete(emptyCache);
        delete(filledCache);
    }

    @Benchmark
    public CodeSets coldImport() {
        return CodeSetsLoader.load(BenchData.dataDir(), emptyCache);
    }

    @Benchmark
    public Object snapshotStartup() {
        CodeSets sets = CodeSetsLoader.load(BenchData.dataDir(), filledCache);
        return sets.icd10cm(LocalDate.of(2026, 3, 1)).entry(IcdCmCode.parse("E11.22"));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

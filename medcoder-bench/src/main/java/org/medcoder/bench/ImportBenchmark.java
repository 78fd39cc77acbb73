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
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xmx4g", "-XX:+UseSerialGC"})
public class ImportBenchmark {

    /** An empty cache: nothing has been parsed in this fork before the measured call. */
    @State(Scope.Benchmark)
    public static class Empty {
        Path cache;

        @Setup(Level.Trial)
        public void create() throws IOException {
            cache = Files.createTempDirectory("medcoder-bench-empty-");
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            deleteTree(cache);
        }
    }

    /** A filled cache, written by a child process so that this fork's JIT has not seen the parsers run. */
    @State(Scope.Benchmark)
    public static class Filled {
        Path cache;

        @Setup(Level.Trial)
        public void fill() throws IOException, InterruptedException {
            cache = Files.createTempDirectory("medcoder-bench-filled-");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx4g", "-cp", System.getProperty("java.class.path"),
                    FillCache.class.getName(), BenchData.dataDir().toString(), cache.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("filling the snapshot cache failed");
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            deleteTree(cache);
        }
    }

    @Benchmark
    public CodeSets coldImport(Empty empty) {
        return CodeSetsLoader.load(BenchData.dataDir(), empty.cache);
    }

    @Benchmark
    public Object snapshotStartup(Filled filled) {
        CodeSets sets = CodeSetsLoader.load(BenchData.dataDir(), filled.cache);
        return sets.icd10cm(LocalDate.of(2026, 3, 1)).entry(IcdCmCode.parse("E11.22"));
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.medcoder.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.search.CodeSearch;
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
 * Search latency (top 10 over ICD-10-CM, ICD-10-PCS and HCPCS) cycling through realistic queries: lay terms,
 * abbreviations, multi-word clinical phrases, procedures, supplies and codes. Sample-time mode, so JMH prints
 * the median (p0.50) and p0.99 per query.
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -jar
 * medcoder-bench/target/benchmarks.jar SearchBenchmark -jvmArgs -Dmedcoder.data=../shared/data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseSerialGC"})
public class SearchBenchmark {

    static final List<String> QUERIES = List.of("heart attack", "kidney stone",
            "type 2 diabetes with chronic kidney disease", "HTN", "CHF", "COPD exacerbation", "urinary tract infection",
            "fracture of neck of femur", "appendectomy", "dexamethasone injection", "wheelchair", "pneumonia",
            "major depressive disorder recurrent", "GERD", "atrial fibrillation", "sepsis", "chest pain",
            "iron deficiency anemia", "total knee replacement", "E11.22");

    private CodeSearch search;
    private int i;

    @Setup(Level.Trial)
    public void build() {
        CodeSets sets = CodeSetsLoader.load(BenchData.dataDir(), BenchData.cacheDir());
        LocalDate dos = LocalDate.of(2026, 3, 1);
        search = CodeSearch.build(List.of(sets.icd10cm(dos)), List.of(sets.icd10pcs(dos)),
                List.of(sets.hcpcs(LocalDate.of(2019, 6, 1))));
    }

    @TearDown(Level.Trial)
    public void close() {
        search.close();
    }

    @Benchmark
    public Object search() {
        i = (i + 1) % QUERIES.size();
        return search.search(QUERIES.get(i), Set.of(), 10);
    }
}

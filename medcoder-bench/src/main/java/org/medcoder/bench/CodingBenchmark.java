package org.medcoder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.medcoder.coding.ClinicalDocument;
import org.medcoder.coding.Coder;
import org.medcoder.coding.CodingOptions;
import org.medcoder.coding.Setting;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.icd10pcs.PcsLoader;
import org.medcoder.eval.CodiespCorpus;
import org.medcoder.eval.CodiespDocument;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Computer-assisted coding throughput: CodiEsp dev documents (English) coded per second on one thread (one core),
 * full pipeline (sections, sentences, tokens, abbreviations, context, dictionary and learned candidates,
 * classifier, guideline rules, billable mapping, evidence), with the FY2026 ICD-10-CM/PCS releases and the
 * statistics learned from the train split. Each invocation codes all 250 dev documents; the score is docs/s.
 * Every invocation codes the same texts, so after warm-up the coder's memos of encoder results per clause and
 * phrase answer every clause ({@code texts=seen}); {@code texts=new} empties them before each invocation, so each
 * clause is encoded once per invocation, as in documents never seen before (repeats within the 250 still hit).
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -Dmedcoder.data=../shared/data
 * -Dmedcoder.eval=../shared/eval -jar medcoder-bench/target/benchmarks.jar CodingBenchmark -p neighbours=true}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Threads(1)
public class CodingBenchmark {

    private static final int DOCUMENTS = 250;

    /** With the nearest-neighbour candidate source (the product), or without it (its cost). */
    @Param({"true", "false"})
    public boolean neighbours;

    /** "seen": the memo-warm figure (the same texts every invocation); "new": the cost of texts never seen before. */
    @Param({"seen", "new"})
    public String texts;

    private Coder coder;
    private List<String> notes;
    private CodingOptions options;

    @Setup
    public void setUp() {
        Path data = Path.of(System.getProperty("medcoder.data", "../shared/data"));
        Path corpus = Path.of(System.getProperty("medcoder.eval", "../shared/eval")).resolve("codiesp");
        if (!Files.isDirectory(data) || !Files.isDirectory(corpus)) {
            throw new IllegalStateException("set -Dmedcoder.data and -Dmedcoder.eval (missing " + data + " or " + corpus + ")");
        }
        LocalDate date = LocalDate.of(2025, 10, 1);
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "medcoder-bench-cache");
        CodeSets sets = CodeSetsLoader.load(data, cache);
        Optional<IcdCmRelease> icd = Optional.of(sets.icd10cm(date));
        List<PcsRelease> pcs = PcsLoader.load(data, f -> { });
        coder = Coder.train(CodiespCorpus.read(corpus, "train").trainingCases(), icd,
                pcs.isEmpty() ? Optional.empty() : Optional.of(pcs.get(pcs.size() - 1)), true);
        if (!neighbours) {
            coder = coder.withoutNeighbours();
        }
        if (!texts.equals("seen") && !texts.equals("new")) {
            throw new IllegalArgumentException("texts must be seen or new, got '" + texts + "'");
        }
        notes = CodiespCorpus.read(corpus, "dev").documents().stream().map(CodiespDocument::read).toList();
        if (notes.size() != DOCUMENTS) {
            throw new IllegalStateException("expected " + DOCUMENTS + " dev documents, found " + notes.size());
        }
        options = CodingOptions.of(Setting.INPATIENT, date);
    }

    /**
     * CPU time of the benchmark thread (microseconds) and documents coded, summed by JMH over the measurement: on a
     * loaded machine {@code cpuMicros / documents} compares runs where wall-clock throughput cannot.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuMicros;
        public long documents;

        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    /** With {@code texts=new}: the coder forgets the texts it has read (outside the measured time). */
    @Setup(Level.Invocation)
    public void forgetTexts() {
        if (texts.equals("new")) {
            coder.emptyTextMemos();
        }
    }

    /** Codes every dev document once. */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public void codeDocuments(Blackhole hole, CpuTime cpu) {
        long start = cpu.now();
        for (int i = 0; i < notes.size(); i++) {
            hole.consume(coder.code(ClinicalDocument.ofText("d" + i, notes.get(i)), options));
        }
        cpu.cpuMicros += (cpu.now() - start) / 1_000;
        cpu.documents += DOCUMENTS;
    }
}

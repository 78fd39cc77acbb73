package org.medcoder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.medcoder.pricing.CareSetting;
import org.medcoder.pricing.FeeSchedule;
import org.medcoder.pricing.LocalityId;
import org.medcoder.pricing.PricedClaim;
import org.medcoder.pricing.Pricer;
import org.medcoder.pricing.ServiceLine;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim-context pricing throughput: service lines priced per second on one thread (one core), on the real RVU26C
 * file and GPCIs. Each invocation prices 200 claims of 5 lines (1,000 lines) drawn with a fixed seed from a mix of
 * office visits, surgeries (multiple surgery, bilateral, assistant, co-surgeon), endoscopy families, imaging with
 * PC/TC, cardiovascular, ophthalmology and therapy codes, so every claim-context rule runs. The score is lines/s
 * of wall-clock time. The secondary counters {@code cpuMicros} (the CPU time the benchmark thread really got)
 * and {@code lines} (the lines it priced) are summed over the measurement iterations: on a machine shared with
 * other work, lines / (cpuMicros / 10^6) is the per-core figure (lines per CPU-second).
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -Dmedcoder.data=../shared/data
 * -jar medcoder-bench/target/benchmarks.jar PricingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class PricingBenchmark {

    private static final int CLAIMS = 200;
    private static final int LINES_PER_CLAIM = 5;
    private static final String[] CODES = {"99213", "99214", "99203", "27447", "27447-50", "27447-80", "27447-62",
        "29881", "29880", "29870", "19301", "20610", "45378", "45380", "45385", "70450", "70450-26", "72125",
        "74177", "71046", "71046-TC", "93306", "93880", "92134", "92250", "97110", "97140", "97530", "36415",
        "0469T", "11042", "63047", "27130-AS"};

    private Pricer pricer;
    private LocalityId locality;
    private List<List<ServiceLine>> claims;

    @Setup
    public void setUp() {
        Path data = Path.of(System.getProperty("medcoder.data", "../shared/data"));
        FeeSchedule schedule = FeeSchedule.load(data.resolve("mpfs"));
        pricer = new Pricer(schedule);
        locality = LocalityId.of("02402", "WA", "99");
        Random random = new Random(20260701);
        LocalDate dos = LocalDate.of(2026, 7, 14);
        claims = new ArrayList<>(CLAIMS);
        for (int c = 0; c < CLAIMS; c++) {
            CareSetting setting = random.nextBoolean() ? CareSetting.FACILITY : CareSetting.NON_FACILITY;
            List<ServiceLine> lines = new ArrayList<>(LINES_PER_CLAIM);
            for (int l = 1; l <= LINES_PER_CLAIM; l++) {
                String code = CODES[random.nextInt(CODES.length)];
                lines.add(ServiceLine.parse(l, code, 1 + random.nextInt(2), dos, setting));
            }
            claims.add(List.copyOf(lines));
        }
    }

    /** CPU time of the benchmark thread (microseconds) and lines priced, summed by JMH over the measurement. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuMicros;
        public long lines;

        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    /** Prices 200 claims of 5 lines in claim context; one operation is one line. */
    @Benchmark
    @OperationsPerInvocation(CLAIMS * LINES_PER_CLAIM)
    public void priceClaims(Blackhole bh, CpuTime cpu) {
        long start = cpu.now();
        for (List<ServiceLine> claim : claims) {
            PricedClaim priced = pricer.price(claim, locality);
            bh.consume(priced.totalAllowedCents());
            bh.consume(priced);
        }
        cpu.cpuMicros += (cpu.now() - start) / 1_000;
        cpu.lines += CLAIMS * LINES_PER_CLAIM;
    }
}

package org.medcoder.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.medcoder.claims.remit.RemitReader;
import org.medcoder.claims.x12.TransactionKind;
import org.medcoder.claims.x12.X12Schemas;

/**
 * The X12 benchmarks ({@link Claim837Benchmark}, {@link Remit835Benchmark}) timed in CPU time of the measuring
 * thread instead of wall-clock time, for comparing before and after on a shared, loaded machine where JMH's
 * wall-clock scores swing with the load. Also prints the bytes allocated per claim or per input byte, which the
 * load does not change at all. One case per run, same data and code paths as the JMH benchmarks.
 *
 * <p>Run: {@code java -cp medcoder-bench/target/benchmarks.jar org.medcoder.bench.X12CpuTime CASE [WARMUP_SECONDS]
 * [RUNS]} with CASE one of {@code write837p}, {@code write837pNoValidation}, {@code staediRaw},
 * {@code staediWithSchema}, {@code remitReader}, {@code remitReaderNoValidation}.
 */
public final class X12CpuTime {

    private X12CpuTime() {
    }

    /** A measured operation; returns the units it processed (claims or bytes). */
    private interface Operation {
        long run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "write837p";
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean claims = name.startsWith("write837p");
        Operation op = claims ? writer(!name.endsWith("NoValidation")) : reader(name);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            op.run();
        }
        double[] perCpuSecond = new double[runs];
        long allocated = 0;
        long units = 0;
        for (int i = 0; i < runs; i++) {
            long bytes0 = threads.getCurrentThreadAllocatedBytes();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long n = op.run();
            perCpuSecond[i] = n / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            allocated += threads.getCurrentThreadAllocatedBytes() - bytes0;
            units += n;
        }
        Arrays.sort(perCpuSecond);
        String unit = claims ? "claims" : "MB";
        double scale = claims ? 1 : 1e-6;
        System.out.printf(Locale.ROOT, "%s: median %,.2f %s per CPU-second (best %,.2f, %d runs); %,.0f bytes allocated per %s%n",
                name, perCpuSecond[runs / 2] * scale, unit, perCpuSecond[runs - 1] * scale, runs, (double) allocated / units,
                claims ? "claim" : "input byte");
    }

    private static Operation writer(boolean validate) {
        Claim837Benchmark bench = new Claim837Benchmark();
        bench.validate = validate;
        bench.setUp();
        return () -> {
            bench.write837p();
            return Claim837Benchmark.CLAIMS;
        };
    }

    private static Operation reader(String name) {
        Remit835Benchmark bench = new Remit835Benchmark();
        bench.generate();
        byte[] file = bench.file;
        return switch (name) {
            case "staediRaw" -> () -> {
                Remit835Benchmark.readWithStaedi(file, null);
                return file.length;
            };
            case "staediWithSchema" -> () -> {
                Remit835Benchmark.readWithStaedi(file, X12Schemas.schemaFor(TransactionKind.REMITTANCE_835).orElseThrow());
                return file.length;
            };
            case "remitReader" -> () -> {
                RemitReader.read(new ByteArrayInputStream(file), "bench.835");
                return file.length;
            };
            case "remitReaderNoValidation" -> () -> {
                RemitReader.read(new ByteArrayInputStream(file), "bench.835", false);
                return file.length;
            };
            default -> throw new IllegalArgumentException("unknown case: " + name
                    + " (write837p, write837pNoValidation, staediRaw, staediWithSchema, remitReader, remitReaderNoValidation)");
        };
    }
}

package org.medcoder.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code staediWithSchema}, {@code remitReader}, {@code remitReaderNoValidation}, or the two file-fed cases
 * {@code staediRawFile} and {@code remitReaderFileNoValidation}: the same 835 written once to a temporary file and
 * read from it as {@code remit read --no-validate FILE} does ({@link RemitReader#read(Path, boolean)}), to show
 * whether feeding StAEDI from a file (which StAEDI buffers itself) instead of memory changes the speed.
 * {@code compare CASE_A CASE_B [WARMUP_SECONDS] [PAIRS]} runs two cases alternately and prints their ratio.
 */
public final class X12CpuTime {

    private X12CpuTime() {
    }

    /** A measured operation; returns the units it processed (claims or bytes). */
    private interface Operation {
        long run() throws Exception;
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("compare")) {
            compare(args);
            return;
        }
        String name = args.length > 0 ? args[0] : "write837p";
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean claims = name.startsWith("write837p");
        Operation op = operation(name, claims ? null : generated835());
        com.sun.management.ThreadMXBean threads = THREADS;
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

    /**
     * {@code compare A B [WARMUP_SECONDS] [PAIRS]}: cases A and B measured alternately in one JVM on the same data,
     * so that both see the same load; prints each one's median and the median of the per-pair ratios B/A (the
     * figure to quote for "medcoder's reader vs StAEDI raw" on a loaded machine).
     */
    private static void compare(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: compare CASE_A CASE_B [WARMUP_SECONDS] [PAIRS]");
        }
        boolean claims = args[1].startsWith("write837p");
        if (claims != args[2].startsWith("write837p")) {
            throw new IllegalArgumentException("compare two writing cases or two reading cases, not " + args[1] + " and " + args[2]);
        }
        int warmupSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        byte[] file = claims ? null : generated835();
        Operation a = operation(args[1], file);
        Operation b = operation(args[2], file);
        long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            a.run();
            b.run();
        }
        double[] speedA = new double[pairs];
        double[] speedB = new double[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            speedA[i] = perCpuSecond(a);
            speedB[i] = perCpuSecond(b);
            ratio[i] = speedB[i] / speedA[i];
        }
        Arrays.sort(speedA);
        Arrays.sort(speedB);
        Arrays.sort(ratio);
        double scale = claims ? 1 : 1e-6;
        String unit = claims ? "claims" : "MB";
        System.out.printf(Locale.ROOT, "%s: median %,.2f %s per CPU-second; %s: median %,.2f; ratio %s/%s: median %.2f"
                + " (range %.2f-%.2f, %d alternating pairs)%n", args[1], speedA[pairs / 2] * scale, unit, args[2],
                speedB[pairs / 2] * scale, args[2], args[1], ratio[pairs / 2], ratio[0], ratio[pairs - 1], pairs);
    }

    private static double perCpuSecond(Operation op) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long n = op.run();
        return n / ((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
    }

    private static Operation operation(String name, byte[] file) {
        return name.startsWith("write837p") ? writer(!name.endsWith("NoValidation")) : reader(name, file);
    }

    /** The benchmark's generated 835 (checked clean by its setup). */
    private static byte[] generated835() {
        Remit835Benchmark bench = new Remit835Benchmark();
        bench.generate();
        return bench.file;
    }

    private static Operation reader(String name, byte[] file) {
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
            case "staediRawFile" -> {
                Path path = tempCopy(file);
                yield () -> {
                    try (InputStream in = Files.newInputStream(path)) {
                        Remit835Benchmark.readWithStaedi(in, null);
                    }
                    return file.length;
                };
            }
            case "remitReaderFileNoValidation" -> {
                Path path = tempCopy(file);
                yield () -> {
                    RemitReader.read(path, false);
                    return file.length;
                };
            }
            default -> throw new IllegalArgumentException("unknown case: " + name
                    + " (write837p, write837pNoValidation, staediRaw, staediWithSchema, remitReader, remitReaderNoValidation,"
                    + " staediRawFile, remitReaderFileNoValidation)");
        };
    }

    /** The generated 835 written to a temporary file, deleted when the JVM exits. */
    private static Path tempCopy(byte[] file) {
        try {
            Path path = Files.createTempFile("medcoder-bench", ".835");
            path.toFile().deleteOnExit();
            return Files.write(path, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

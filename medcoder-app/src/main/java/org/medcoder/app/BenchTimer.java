package org.medcoder.app;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Small timing helpers for {@code medcoder bench}: per-operation latency of very fast calls is measured in batches
 * (one clock read per batch, so the clock's own cost does not dominate), slower calls one by one. Times are the
 * thread's CPU time: on a machine shared with other jobs the wall clock also counts the time the thread waited
 * for a core, which says nothing about the code (the wall-clock figures are reported beside them).
 */
final class BenchTimer {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private BenchTimer() {
    }

    /** Latency statistics in nanoseconds. */
    record Stats(double median, double p99, int samples) {

        static Stats of(double[] nanos) {
            double[] s = nanos.clone();
            Arrays.sort(s);
            return new Stats(s[s.length / 2], s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)], s.length);
        }
    }

    /**
     * Per-call nanoseconds of {@code op} over the inputs, in batches of one pass over all inputs, after
     * {@code warmupPasses} unmeasured passes; the statistics are over the batch averages.
     */
    static <T> Stats batched(List<T> inputs, int warmupPasses, int passes, Consumer<T> op) {
        for (int w = 0; w < warmupPasses; w++) {
            inputs.forEach(op);
        }
        double[] perCall = new double[passes];
        for (int p = 0; p < passes; p++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (T in : inputs) {
                op.accept(in);
            }
            perCall[p] = (double) (THREADS.getCurrentThreadCpuTime() - t0) / inputs.size();
        }
        return Stats.of(perCall);
    }

    /**
     * Thread-CPU and wall-clock nanoseconds of each single call of {@code op}, cycling over the inputs, after
     * {@code warmup} unmeasured calls: element 0 is CPU, element 1 wall clock.
     */
    static <T> Stats[] single(List<T> inputs, int warmup, int calls, Consumer<T> op) {
        for (int i = 0; i < warmup; i++) {
            op.accept(inputs.get(i % inputs.size()));
        }
        double[] cpu = new double[calls];
        double[] wall = new double[calls];
        for (int i = 0; i < calls; i++) {
            T in = inputs.get(i % inputs.size());
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            op.accept(in);
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        return new Stats[] {Stats.of(cpu), Stats.of(wall)};
    }

    /** Milliseconds since {@code t0} (from {@link System#nanoTime()}). */
    static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * CPU time of this whole process (all threads, GC and JIT included) in nanoseconds: on a shared machine the
     * wall clock includes waiting for a core, CPU time does not.
     */
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** Heap in use after a full collection, in MB. */
    static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }
}

package org.medcoder.app;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Small timing helpers for {@code medcoder bench}: per-operation latency of very fast calls is measured in batches
 * (one clock read per batch, so the ~25 ns clock cost does not dominate), slower calls one by one.
 */
final class BenchTimer {

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
            long t0 = System.nanoTime();
            for (T in : inputs) {
                op.accept(in);
            }
            perCall[p] = (double) (System.nanoTime() - t0) / inputs.size();
        }
        return Stats.of(perCall);
    }

    /** Nanoseconds of each single call of {@code op}, cycling over the inputs, after {@code warmup} unmeasured calls. */
    static <T> Stats single(List<T> inputs, int warmup, int calls, Consumer<T> op) {
        for (int i = 0; i < warmup; i++) {
            op.accept(inputs.get(i % inputs.size()));
        }
        double[] nanos = new double[calls];
        for (int i = 0; i < calls; i++) {
            T in = inputs.get(i % inputs.size());
            long t0 = System.nanoTime();
            op.accept(in);
            nanos[i] = System.nanoTime() - t0;
        }
        return Stats.of(nanos);
    }

    /** Milliseconds since {@code t0} (from {@link System#nanoTime()}). */
    static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
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

package org.medcoder.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.core.IcdCmCode;

/**
 * Run by {@code medcoder bench} in a fresh JVM: measures, inside that JVM, the time from just before
 * {@link CodeSetsLoader#load} (snapshots already in the cache) to the first ICD-10-CM lookup returning, then the
 * heap in use after a full collection with every release loaded. Prints {@code key=value} lines.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        long mainEntered = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        long cpu0 = BenchTimer.processCpuNanos();
        CodeSets sets = CodeSetsLoader.load(Path.of(args[0]), Path.of(args[1]));
        LocalDate date = LocalDate.parse(args[2]);
        boolean found = sets.icd10cm(date).entry(IcdCmCode.parse("E11.22")).isPresent();
        double startup = BenchTimer.ms(t0);
        double startupCpu = (BenchTimer.processCpuNanos() - cpu0) / 1e6;
        System.out.println("jvm-to-main-ms=" + (mainEntered - jvmStart));
        System.out.println("startup-ms=" + startup);
        System.out.println("startup-cpu-ms=" + startupCpu);
        System.out.println("first-lookup-found=" + found);
        System.out.println("releases=" + sets.releases().size());
        System.out.println("heap-mb=" + BenchTimer.heapAfterGcMb());
        // Keep the code sets reachable until the heap was measured.
        System.out.println("codes=" + sets.releases().stream().mapToLong(r -> r.counts().getOrDefault("codes", 0L)).sum());
    }
}

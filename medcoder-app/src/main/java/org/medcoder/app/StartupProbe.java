package org.medcoder.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.IcdCmLookup;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.IcdCmCode;

/**
 * Run by {@code medcoder bench} in a fresh JVM: measures, inside that JVM, the time from just before
 * {@link CodeSetsLoader#load} (snapshots already in the cache) to the first ICD-10-CM lookup returning
 * ({@code entry(E11.22)}), then to the full lookup view a coder sees ({@link IcdCmLookup}: hierarchy, every applying
 * note, which needs the Tabular notes), then the heap in use after a full collection once every release of every
 * system is read in full (PCS, HCPCS and the index books are read on first use, so they are forced here). Prints
 * {@code key=value} lines.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        long mainEntered = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu0 = BenchTimer.processCpuNanos(); // before t0: loading the management classes is not start-up
        long t0 = System.nanoTime();
        CodeSets sets = CodeSetsLoader.load(Path.of(args[0]), Path.of(args[1]));
        LocalDate date = LocalDate.parse(args[2]);
        IcdCmRelease cm = sets.icd10cm(date);
        IcdCmCode code = IcdCmCode.parse("E11.22");
        boolean found = cm.entry(code).isPresent();
        double startup = BenchTimer.ms(t0);
        double startupCpu = (BenchTimer.processCpuNanos() - cpu0) / 1e6;
        int notes = IcdCmLookup.of(cm, code).notes().size();
        double fullLookup = BenchTimer.ms(t0);
        double fullLookupCpu = (BenchTimer.processCpuNanos() - cpu0) / 1e6;
        System.out.println("jvm-to-main-ms=" + (mainEntered - jvmStart));
        System.out.println("startup-ms=" + startup);
        System.out.println("startup-cpu-ms=" + startupCpu);
        System.out.println("startup-full-lookup-ms=" + fullLookup);
        System.out.println("startup-full-lookup-cpu-ms=" + fullLookupCpu);
        System.out.println("first-lookup-found=" + found);
        System.out.println("first-lookup-notes=" + notes);
        System.out.println("releases=" + sets.releases().size());
        long read = readEverything(sets);
        System.out.println("heap-mb=" + BenchTimer.heapAfterGcMb());
        // Keep the code sets reachable until the heap was measured.
        System.out.println("codes=" + read);
    }

    /** Reads every release in full (all ICD-10-CM notes and index books, PCS tables, HCPCS codes); returns a count. */
    private static long readEverything(CodeSets sets) {
        long n = 0;
        for (IcdCmRelease r : sets.icd10cmReleases()) {
            n += r.entries().size() + r.notes(IcdCmCode.parse("E11.22")).size() + r.index().mainTerms().size()
                    + r.neoplasmTable().mainTerms().size() + r.drugTable().mainTerms().size()
                    + r.externalCauseIndex().mainTerms().size();
        }
        for (var info : sets.releases()) {
            LocalDate start = info.period().start();
            if (info.system() == CodeSystem.ICD10PCS) {
                PcsRelease pcs = sets.icd10pcs(start);
                n += pcs.codeCount();
            } else if (info.system() == CodeSystem.HCPCS) {
                HcpcsRelease hcpcs = sets.hcpcs(start);
                n += hcpcs.entries().size();
            }
        }
        return n;
    }
}

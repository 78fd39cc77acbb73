package org.medcoder.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.IcdCmValidator;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.hcpcs.HcpcsLoader;
import org.medcoder.codesets.icd10pcs.PcsLoader;
import org.medcoder.codesets.search.CodeSearch;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.PcsCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medcoder bench}: the code-set performance figures on this machine — cold import of all official files
 * into an empty cache, start-up from the snapshot to the first answer (in a fresh JVM, timed inside it), exact
 * lookup, validate, search latency and the heap with every release loaded. The JMH benchmarks in medcoder-bench
 * measure the same operations more rigorously; this command gives the figures in one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCodingCommand.class,
        description = "Measure code-set import, start-up, lookup, validate and search speed, and heap use.")
final class BenchCommand implements Callable<Integer> {

    /** Realistic search inputs: lay terms, abbreviations, multi-word clinical phrases, procedures, supplies, codes. */
    static final List<String> QUERIES = List.of("heart attack", "kidney stone", "type 2 diabetes with chronic kidney disease",
            "HTN", "CHF", "COPD exacerbation", "urinary tract infection", "fracture of neck of femur", "appendectomy",
            "dexamethasone injection", "wheelchair", "pneumonia", "major depressive disorder recurrent", "GERD",
            "atrial fibrillation", "BPH", "OSA", "sepsis", "chest pain", "low back pain", "migraine without aura",
            "asthma", "hypothyroidism", "iron deficiency anemia", "morbid obesity", "colonoscopy", "total knee replacement",
            "cataract", "blood glucose monitor", "ambulance", "E11.22", "0DTJ4ZZ", "J1100", "breast cancer", "stroke",
            "alzheimer dementia", "alcohol dependence", "pressure ulcer of sacrum", "cellulitis of leg",
            "acute kidney injury");

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service choosing the releases (default today).")
    LocalDate dos;

    @Option(names = "--json", description = "Print JSON for programs.")
    boolean json;

    private final Map<String, Object> results = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data.dataDir();
        LocalDate date = dos != null ? dos : LocalDate.now();
        progress = out;
        if (!json) {
            out.println("medcoder bench (" + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                    + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB, load average " + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage() + ")");
            out.flush();
        }
        Path tmp = Files.createTempDirectory("medcoder-bench-");
        try {
            Path cache = tmp.resolve("cache");
            long t0 = System.nanoTime();
            long cpu0 = BenchTimer.processCpuNanos();
            CodeSets sets = CodeSetsLoader.load(dataDir, cache, f -> { });
            put("coldImportMs", BenchTimer.ms(t0), "cold import of ICD-10-CM + ICD-10-PCS + HCPCS into an empty cache, wall (target <= 10000)");
            put("coldImportCpuMs", (BenchTimer.processCpuNanos() - cpu0) / 1e6, "  same, CPU time of the process (all threads)");
            t0 = System.nanoTime();
            PcsLoader.load(dataDir, f -> { });
            put("pcsParseMs", BenchTimer.ms(t0), "  of which: ICD-10-PCS parse alone, measured again (JIT warm)");
            t0 = System.nanoTime();
            HcpcsLoader.load(dataDir, f -> { });
            put("hcpcsParseMs", BenchTimer.ms(t0), "  of which: HCPCS parse alone, measured again (JIT warm)");
            startup(dataDir, cache, date, err);
            t0 = System.nanoTime();
            CodeSets warm = CodeSetsLoader.load(dataDir, cache, f -> { });
            warm.icd10cm(date).entry(IcdCmCode.parse("E11.22"));
            put("startupSameJvmMs", BenchTimer.ms(t0), "start-up from snapshot to first lookup, again in this (warm) JVM");
            sets = warm;
            lookups(sets, date, err);
            search(sets, date, err);
        } finally {
            deleteTree(tmp);
        }
        if (json) {
            out.println(Json.write(results));
        }
        out.flush();
        return 0;
    }

    private final Map<String, String> labels = new LinkedHashMap<>();
    private PrintWriter progress;

    /** Records a figure and, in text mode, prints it at once (a long run shows what it has measured so far). */
    private void put(String key, Object value, String label) {
        Object v = value instanceof Double d ? Math.round(d * 1000) / 1000.0 : value;
        results.put(key, v);
        labels.put(key, label);
        if (!json && progress != null) {
            progress.printf("  %-12s %s%n", v, label);
            progress.flush();
        }
    }

    /** Start-up in a fresh JVM (JVM start excluded: timed inside it from before the load to the first answer). */
    private void startup(Path dataDir, Path cache, LocalDate date, PrintWriter err) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx4g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), dataDir.toString(), cache.toString(), date.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> probe = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    probe.put(line.substring(0, eq), line.substring(eq + 1));
                } else {
                    err.println("medcoder bench: startup probe: " + line);
                }
            }
        }
        int rc = p.waitFor();
        double wall = BenchTimer.ms(t0);
        if (rc != 0 || !probe.containsKey("startup-ms")) {
            throw new IllegalStateException("the start-up probe JVM failed (exit " + rc + ")");
        }
        put("startupMs", Double.parseDouble(probe.get("startup-ms")),
                "start-up from snapshot to first lookup, fresh JVM, timed inside it (target <= 500)");
        put("startupCpuMs", Double.parseDouble(probe.getOrDefault("startup-cpu-ms", "-1")),
                "  same, CPU time of that process (all threads)");
        put("startupFullLookupMs", Double.parseDouble(probe.getOrDefault("startup-full-lookup-ms", "-1")),
                "  start-up to the full lookup view (hierarchy + every applying note, reads the Tabular notes too)");
        put("startupFullLookupCpuMs", Double.parseDouble(probe.getOrDefault("startup-full-lookup-cpu-ms", "-1")),
                "  same, CPU time of that process (all threads)");
        put("jvmToMainMs", Double.parseDouble(probe.get("jvm-to-main-ms")), "  JVM start to main() in that JVM (excluded above)");
        put("startupProcessWallMs", wall, "  whole probe process, wall clock (JVM start + load + lookup + GC for heap)");
        put("heapMb", Double.parseDouble(probe.get("heap-mb")), "heap after full GC, every release of every system read in full (target <= 400)");
    }

    private void lookups(CodeSets sets, LocalDate date, PrintWriter err) {
        IcdCmRelease cm = sets.icd10cm(date);
        List<String> codes = new ArrayList<>(cm.entries().stream().map(e -> e.code().dotted()).toList());
        Collections.shuffle(codes, new Random(42));
        List<String> sample = codes.subList(0, Math.min(20_000, codes.size()));
        BenchTimer.Stats s = BenchTimer.batched(sample, 20, 50, c -> cm.entry(IcdCmCode.parse(c)));
        put("lookupMedianNs", s.median(), "ICD-10-CM exact lookup: parse text + entry(), median ns of thread CPU (target <= 1000)");
        List<IcdCmCode> parsed = sample.stream().map(IcdCmCode::parse).toList();
        s = BenchTimer.batched(parsed, 20, 50, cm::entry);
        put("lookupEntryMedianNs", s.median(), "  entry() alone on a parsed code, median ns");
        pcsAndHcpcs(sets, date, err);
        List<String> inputs = validateInputs(cm);
        s = BenchTimer.batched(inputs, 5, 20, c -> IcdCmValidator.validate(sets, c, date));
        put("validateMedianNs", s.median(), "ICD-10-CM validate (mixed valid/header/invalid inputs), median ns");
    }

    private void pcsAndHcpcs(CodeSets sets, LocalDate date, PrintWriter err) {
        ReleaseDates.pick(sets, CodeSystem.ICD10PCS, date, err).ifPresent(d -> {
            PcsRelease pcs = sets.icd10pcs(d);
            List<PcsCode> codes = new ArrayList<>(pcs.codes().toList());
            Collections.shuffle(codes, new Random(7));
            List<PcsCode> sample = codes.subList(0, Math.min(20_000, codes.size()));
            put("pcsValidMedianNs", BenchTimer.batched(sample, 20, 50, pcs::isValid).median(),
                    "ICD-10-PCS isValid() from the tables, median ns");
        });
        ReleaseDates.pick(sets, CodeSystem.HCPCS, date, err).ifPresent(d -> {
            var hcpcs = sets.hcpcs(d);
            List<org.medcoder.core.HcpcsCode> codes = hcpcs.entries().stream().map(HcpcsEntry::code).toList();
            put("hcpcsLookupMedianNs", BenchTimer.batched(codes, 20, 50, hcpcs::entry).median(),
                    "HCPCS entry() lookup, median ns");
        });
    }

    /** Billable codes, headers, codes without their 7th character and unknown codes, in a fixed mix. */
    private static List<String> validateInputs(IcdCmRelease cm) {
        List<IcdCmEntry> entries = cm.entries();
        Random rnd = new Random(11);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String c = entries.get(rnd.nextInt(entries.size())).code().dotted();
            out.add(i % 10 == 9 ? c.substring(0, c.length() - 1) + "Q" : c);
        }
        out.addAll(List.of("E11.22", "S72.321A", "S72.321", "T40.2X5A", "T40.25A", "E87.2", "Z99.99"));
        return out;
    }

    private void search(CodeSets sets, LocalDate date, PrintWriter err) {
        var choice = SearchCommand.ReleaseChoice.of(sets, date,
                EnumSet.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS, CodeSystem.HCPCS), err);
        long t0 = System.nanoTime();
        try (CodeSearch search = CodeSearch.build(choice.icd10cm(), choice.icd10pcs(), choice.hcpcs())) {
            put("searchBuildMs", BenchTimer.ms(t0), "search index build in memory (" + search.size() + " codes)");
            BenchTimer.Stats[] s = BenchTimer.single(QUERIES, 1_000, 4_000, q -> search.search(q, java.util.Set.of(), 10));
            put("searchMedianMs", s[0].median() / 1e6, "search, top 10, " + QUERIES.size() + " queries cycled, median ms (CPU)");
            put("searchP99Ms", s[0].p99() / 1e6, "search p99 ms (CPU) (target <= 5)");
            put("searchWallMedianMs", s[1].median() / 1e6, "  search median ms, wall clock");
            put("searchWallP99Ms", s[1].p99() / 1e6, "  search p99 ms, wall clock");
            put("heapWithSearchMb", BenchTimer.heapAfterGcMb(),
                    "heap after full GC in this JVM: releases + in-memory search index (+ bench leftovers)");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.medcoder.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medcoder.coding.ClinicalDocument;
import org.medcoder.coding.Coder;
import org.medcoder.coding.CodingOptions;
import org.medcoder.coding.CodingResult;
import org.medcoder.coding.FhirDocuments;
import org.medcoder.coding.FhirInput;
import org.medcoder.coding.Setting;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.eval.CodiespCorpus;
import org.medcoder.eval.CodiespDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medcoder bench coding}: the memory-stability and throughput run of the coding pipeline. Codes many
 * documents one after another on one thread (CodiEsp dev texts cycled, or generated notes whose phrases are new
 * all the time, so that unbounded caches show) and prints, every interval, the heap in use after a full
 * collection and the documents per second (wall clock and CPU time of the coding thread). A leak shows as heap
 * growth from interval to interval once the run is warm. Every tenth document goes through the FHIR R4 reader
 * (a Bundle with a DocumentReference and a Condition), so HAPI FHIR is part of the run.
 *
 * <p>Note text is never printed: only counts, megabytes and rates.
 */
@Command(name = "coding", mixinStandardHelpOptions = true,
        description = "Code many documents through the full coding pipeline; print heap after GC and documents/s at intervals.")
final class BenchCodingCommand implements Callable<Integer> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", description = "Documents to code (default 100000).")
    int docs = 100_000;

    @Option(names = "--every", paramLabel = "N", description = "Report interval in documents (default 10000).")
    int every = 10_000;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "dev (CodiEsp dev texts, cycled) or generated (notes from Tabular titles, new phrases every time). Default dev.")
    String source = "dev";

    @Option(names = "--corpus", paramLabel = "DIR", description = "CodiEsp folder (default: ../shared/eval/codiesp).")
    Path corpus;

    @Option(names = "--setting", paramLabel = "SETTING", description = "outpatient or inpatient (default inpatient).")
    String setting = "inpatient";

    @Option(names = "--json", description = "Print JSON for programs.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (docs < 1 || every < 1) {
            throw new IllegalArgumentException("--docs and --every must be positive: " + docs + ", " + every);
        }
        if (!source.equals("dev") && !source.equals("generated")) {
            throw new IllegalArgumentException("unknown --source '" + source + "' (expected dev or generated)");
        }
        System.setProperty("org.slf4j.simpleLogger.log.ca.uhn.fhir", "warn");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path corpusDir = corpus != null ? corpus : CodingSetup.defaultCorpus();
        Optional<IcdCmRelease> icd = CodingSetup.icd(data, Optional.empty(), err);
        Optional<PcsRelease> pcs = CodingSetup.pcs(data.dataDir(), err);
        Coder coder = CodingSetup.coder(corpusDir, icd, pcs, true, err);
        NoteSource notes = source.equals("dev") ? devTexts(corpusDir)
                : new GeneratedNotes(icd.orElseThrow(() -> new IllegalArgumentException(
                        "--source generated needs an ICD-10-CM release in the data folder")));
        CodingOptions options = CodingOptions.of(Setting.parse(setting), LocalDate.of(2025, 10, 1));
        List<Map<String, Object>> rows = run(coder, notes, options, out);
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("source", source);
            all.put("documents", docs);
            all.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
            all.put("intervals", rows);
            out.println(Json.write(all));
        }
        out.flush();
        return 0;
    }

    /** Codes {@code docs} documents, measuring every {@code every}; returns one row per interval. */
    private List<Map<String, Object>> run(Coder coder, NoteSource notes, CodingOptions options, PrintWriter out)
            throws JsonProcessingException {
        List<Map<String, Object>> rows = new ArrayList<>();
        double baseHeap = BenchTimer.heapAfterGcMb();
        if (!json) {
            out.printf("medcoder bench coding: %,d documents (%s), report every %,d; max heap %d MB, %d CPUs, "
                    + "load average %.1f%n", docs, source, every, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf("  heap after GC before coding (code sets + trained coder): %.1f MB%n", baseHeap);
            out.printf("  %10s %14s %10s %12s %10s%n", "documents", "heap MB (GC)", "docs/s", "docs/CPU-s", "codes");
            out.flush();
        }
        long codes = 0;
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 1; i <= docs; i++) {
            String text = notes.text(i - 1);
            String id = "doc" + i;
            CodingResult r = i % 10 == 0 ? coder.code(fhir(text, id).document(), options)
                    : coder.code(ClinicalDocument.ofText(id, text), options);
            codes += r.diagnoses().size() + r.procedures().size();
            if (i % every == 0 || i == docs) {
                int n = i % every == 0 ? every : i % every;
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
                double heap = BenchTimer.heapAfterGcMb();
                rows.add(row(i, heap, n / wall, n / cpu, codes));
                if (!json) {
                    out.printf("  %,10d %14.1f %10.0f %12.0f %,10d%n", i, heap, n / wall, n / cpu, codes);
                    out.flush();
                }
                codes = 0;
                t0 = System.nanoTime();
                c0 = THREADS.getCurrentThreadCpuTime();
            }
        }
        return rows;
    }

    private static Map<String, Object> row(int documents, double heapMb, double docsPerSecond, double docsPerCpuSecond,
            long codes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        m.put("heapAfterGcMb", Math.round(heapMb * 10) / 10.0);
        m.put("docsPerSecondWall", Math.round(docsPerSecond));
        m.put("docsPerCpuSecond", Math.round(docsPerCpuSecond));
        m.put("codesProposed", codes);
        return m;
    }

    /** The note as a FHIR R4 Bundle: a DocumentReference holding the text and a Condition coded in ICD-10-CM. */
    private static FhirInput fhir(String text, String id) throws JsonProcessingException {
        Map<String, Object> attachment = Map.of("contentType", "text/plain; charset=utf-8",
                "data", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> docRef = Map.of("resourceType", "DocumentReference", "id", id, "status", "current",
                "content", List.of(Map.of("attachment", attachment)));
        Map<String, Object> condition = Map.of("resourceType", "Condition", "id", id + "-c1",
                "code", Map.of("coding", List.of(Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm",
                        "code", "I10", "display", "Essential (primary) hypertension"))),
                "subject", Map.of("reference", "Patient/p1"));
        Map<String, Object> bundle = Map.of("resourceType", "Bundle", "id", id, "type", "collection",
                "entry", List.of(Map.of("resource", docRef), Map.of("resource", condition)));
        return FhirDocuments.parse(Json.mapper().writeValueAsString(bundle), id);
    }

    private static NoteSource devTexts(Path corpus) {
        List<String> texts = new ArrayList<>();
        for (CodiespDocument d : CodiespCorpus.read(corpus, "dev").documents()) {
            texts.add(d.read());
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no dev texts in " + corpus + "/dev/text_files_en");
        }
        return i -> texts.get(i % texts.size());
    }

    /** The text of the i-th document of the run. */
    interface NoteSource {
        String text(int i);
    }
}

package org.medcoder.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.medcoder.coding.Coder;
import org.medcoder.coding.CodingOptions;
import org.medcoder.coding.CodingResult;
import org.medcoder.coding.FhirInput;
import org.medcoder.coding.InputDocuments;
import org.medcoder.coding.Setting;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medcoder code FILE|DIR...}: proposes ICD-10-CM (and ICD-10-PCS) codes for clinical notes and FHIR R4
 * records, with evidence, confidence and the guideline decisions. Exit 0 when every file was coded, 1 when some
 * file could not be read (each gets a one-line message; the others are still coded), 2 for a usage mistake.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Propose codes for clinical notes (.txt) and FHIR R4 JSON (.json), with evidence and confidence.")
final class CodeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Notes or FHIR files, or folders of them.")
    List<Path> inputs;

    @Option(names = "--setting", paramLabel = "SETTING", description = "outpatient or inpatient (default: from the FHIR Encounter, else outpatient).")
    String setting;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service or discharge, YYYY-MM-DD (default: from the FHIR Encounter, else today).")
    LocalDate dos;

    @Option(names = "--json", description = "JSON output (same as --format json).")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or tsv (docID<TAB>code<TAB>score).")
    String format;

    @Option(names = "--ranked", description = "With --format tsv: every ranked code, proposals and further candidates, by score (default: the proposed codes only).")
    boolean ranked;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one output file per document into DIR instead of stdout.")
    Path out;

    @Option(names = "--corpus", paramLabel = "DIR", description = "CodiEsp folder whose train split the statistics are learned from (default: ../shared/eval/codiesp).")
    Path corpus;

    @Override
    public Integer call() {
        String fmt = json ? "json" : format == null ? "text" : format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "tsv").contains(fmt)) {
            throw new IllegalArgumentException("unknown --format '" + format + "' (expected text, json or tsv)");
        }
        // HAPI logs its version at INFO on first use; keep stderr for our messages.
        System.setProperty("org.slf4j.simpleLogger.log.ca.uhn.fhir", "warn");
        Optional<Setting> forced = setting == null ? Optional.empty() : Optional.of(Setting.parse(setting));
        List<Path> files = files();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<IcdCmRelease> icd = CodingSetup.icd(data, Optional.ofNullable(dos), err);
        Optional<PcsRelease> pcs = CodingSetup.pcs(data.dataDir(), err);
        Coder coder = CodingSetup.coder(corpus != null ? corpus : CodingSetup.defaultCorpus(), icd, pcs, true, err);
        int failed = 0;
        List<CodingResult> results = new ArrayList<>();
        for (Path file : files) {
            try {
                FhirInput in = InputDocuments.read(file);
                Setting s = forced.or(in::setting).orElse(Setting.OUTPATIENT);
                LocalDate date = dos != null ? dos : in.date().orElse(LocalDate.now());
                CodingResult r = coder.code(in.document(), CodingOptions.of(s, date));
                emit(r, fmt, stdout);
                results.add(r);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                failed++;
                err.println("medcoder code: " + e.getMessage());
            }
        }
        if (fmt.equals("json") && out == null) {
            stdout.println(Json.write(results));
        }
        stdout.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private void emit(CodingResult r, String fmt, PrintWriter stdout) {
        String body = switch (fmt) {
            case "tsv" -> CodingReport.tsv(r, ranked);
            case "json" -> out == null ? null : Json.write(r);
            default -> CodingReport.text(r);
        };
        if (body == null) {
            return;
        }
        if (out == null) {
            stdout.print(body);
            return;
        }
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve(r.documentId() + "." + fmt), body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files to code: each FILE, and the .txt/.json files of each DIR (sorted). */
    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        return files;
    }
}

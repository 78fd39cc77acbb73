package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medcoder code} end to end on the ICD-10-CM fixture folder of medcoder-codesets, without learned statistics
 * (the training corpus is absent on purpose: these tests are about input handling, formats and exit codes). The
 * notes and FHIR records are made up for these tests.
 */
class CodeCommandTest {

    private static final Path NOTE = Path.of("src/test/resources/notes/clinic-visit.txt");
    private static final Path BUNDLE = Path.of("src/test/resources/fhir/r4/inpatient-bundle.json");
    /** A word that stands for patient content: it must never reach stderr. */
    private static final String SECRET = "ZZSMITHJOHN";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    /** Runs {@code medcoder code} as the command line does, on the fixture code sets and without a corpus. */
    private CommandRunner.Result code(String... args) {
        List<String> all = new ArrayList<>(List.of("code", "--data", CodeSetCommandsTest.DATA,
                "--corpus", tmp.resolve("no-corpus").toString()));
        all.addAll(Arrays.asList(args));
        return console.run(all.toArray(String[]::new));
    }

    /** The per-file error lines (the set-up messages about missing PCS data or corpus are not per file). */
    private static List<String> fileErrors(CommandRunner.Result r) {
        return r.err().lines().filter(l -> l.startsWith("medcoder code: ")).toList();
    }

    @Test
    void code_textFile_tsvLinesWithDocIdDottedCodeAndScore() {
        CommandRunner.Result r = code("--format", "tsv", NOTE.toString());

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("clinic-visit\t[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?\t[01]\\.\\d{4}"));
        assertThat(lines).anyMatch(l -> l.startsWith("clinic-visit\tE11.9\t"))
                .anyMatch(l -> l.startsWith("clinic-visit\tE87.21\t"));
        assertThat(fileErrors(r)).isEmpty();
    }

    @Test
    void code_textFile_textReportWithEvidenceOffsets() throws IOException {
        CommandRunner.Result r = code(NOTE.toString());

        assertThat(r.exit()).isZero();
        String note = Files.readString(NOTE);
        int at = note.indexOf("Acute metabolic acidosis");
        assertThat(r.out()).contains("== clinic-visit (outpatient) ==")
                .contains("\"Acute metabolic acidosis\" [" + at + "-" + (at + 24) + "]");
    }

    @Test
    void code_fhirBundle_settingFromEncounterAndStructuredEvidence() throws IOException {
        CommandRunner.Result r = code("--json", BUNDLE.toString());

        assertThat(r.exit()).isZero();
        JsonNode results = Json.mapper().readTree(r.out());
        assertThat(results.isArray()).isTrue();
        JsonNode doc = results.get(0);
        assertThat(doc.get("documentId").asText()).isEqualTo("inpatient-bundle");
        assertThat(doc.get("setting").asText()).isEqualTo("INPATIENT");
        List<String> codes = new ArrayList<>();
        doc.get("diagnoses").forEach(d -> codes.add(d.get("code").asText()));
        assertThat(codes).contains("E11.9", "E87.21");
        JsonNode diabetes = doc.get("diagnoses").get(codes.indexOf("E11.9"));
        List<String> sources = new ArrayList<>();
        diabetes.get("evidence").forEach(e -> sources.add(e.get("source").asText()));
        // Note text and Condition say the same thing: one code, two pieces of evidence.
        assertThat(sources).anyMatch(s -> s.startsWith("structured Condition/cond1")).anyMatch(s -> s.startsWith("Encoder:"));
    }

    @Test
    void code_jsonForTwoFiles_parsesAsOneArray() throws IOException {
        CommandRunner.Result r = code("--format", "json", NOTE.toString(), BUNDLE.toString());

        assertThat(r.exit()).isZero();
        JsonNode results = Json.mapper().readTree(r.out());
        List<String> ids = new ArrayList<>();
        results.forEach(d -> ids.add(d.get("documentId").asText()));
        assertThat(ids).containsExactly("clinic-visit", "inpatient-bundle");
    }

    @Test
    void code_directoryMixingGoodAndBadFiles_oneLinePerBadFileOthersCodedExitOne() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("inbox"));
        Files.copy(NOTE, dir.resolve("a-good.txt"));
        Files.copy(BUNDLE, dir.resolve("b-good.json"));
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), "  \n\t\n");
        Files.write(dir.resolve("binary.txt"), ("Patient " + SECRET + "\0\1\2 has diabetes").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("latin1.txt"), ("Patient " + SECRET + " caf\u00e9 diabetes").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("malformed.json"), "{\"resourceType\": \"Bundle\", \"id\": " + SECRET + "}");
        Files.writeString(dir.resolve("truncated.json"), "{\"resourceType\": \"Condition\", \"code\": {\"text\": \"" + SECRET);
        Files.writeString(dir.resolve("badvalue.json"),
                "{\"resourceType\": \"Condition\", \"onsetDateTime\": \"" + SECRET + "\"}");
        Files.writeString(dir.resolve("patient.json"),
                "{\"resourceType\": \"Patient\", \"name\": [{\"family\": \"" + SECRET + "\"}]}");
        Files.writeString(dir.resolve("huge.txt"), ("type 2 diabetes " + SECRET + "\n").repeat(80_000));

        CommandRunner.Result r = code("--format", "tsv", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().map(l -> l.split("\t")[0]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("a-good", "b-good");
        List<String> errors = fileErrors(r);
        assertThat(errors).hasSize(9);
        for (String bad : List.of("empty.txt", "blank.txt", "binary.txt", "latin1.txt", "malformed.json",
                "truncated.json", "badvalue.json", "patient.json", "huge.txt")) {
            assertThat(errors).filteredOn(l -> l.startsWith("medcoder code: " + bad + ": ")).hasSize(1);
        }
        assertThat(errors).filteredOn(l -> l.contains("huge.txt")).singleElement().asString().contains("too large");
        assertThat(errors).filteredOn(l -> l.contains("latin1.txt")).singleElement().asString().contains("not UTF-8");
        assertThat(errors).filteredOn(l -> l.contains("binary.txt")).singleElement().asString().contains("binary");
        assertThat(r.err()).doesNotContain(SECRET).doesNotContain("diabetes").doesNotContain("Exception");
    }

    @Test
    void code_allFilesBad_exitOneNothingOnStdout() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");

        CommandRunner.Result r = code("--format", "tsv", empty.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(fileErrors(r)).containsExactly("medcoder code: empty.txt: empty file, nothing to code");
    }

    @Test
    void code_missingFile_usageErrorExitTwo() {
        CommandRunner.Result r = code(tmp.resolve("nope.txt").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or folder").doesNotContain("\tat ");
    }

    @Test
    void code_unknownFormat_usageErrorExitTwo() {
        CommandRunner.Result r = code("--format", "xml", NOTE.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown --format 'xml'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void code_badSettingOrDate_usageErrorExitTwo() {
        assertThat(code("--setting", "emergency", NOTE.toString()).exit()).isEqualTo(2);
        assertThat(code("--dos", "2025-13-45", NOTE.toString()).exit()).isEqualTo(2);
    }

    @Test
    void code_noInput_usageErrorExitTwo() {
        CommandRunner.Result r = code();

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("FILE|DIR");
    }

    @Test
    void code_outFolder_oneFilePerDocument() throws IOException {
        Path out = tmp.resolve("out");

        CommandRunner.Result r = code("--format", "tsv", "--out", out.toString(), NOTE.toString(), BUNDLE.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out.resolve("clinic-visit.tsv"))).startsWith("clinic-visit\t");
        assertThat(Files.readString(out.resolve("inpatient-bundle.tsv"))).startsWith("inpatient-bundle\t");
    }
}

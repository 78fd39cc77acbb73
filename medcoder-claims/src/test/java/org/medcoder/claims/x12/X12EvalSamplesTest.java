package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medcoder.claims.remit.ClaimPayment;
import org.medcoder.claims.remit.RemitReadResult;
import org.medcoder.claims.remit.RemitReader;
import org.medcoder.claims.remit.Remittance;

/**
 * Proof against other parsers' test files in {@code ../shared/eval} (system property {@code medcoder.eval}; never
 * copied into the repository): every X12 sample of LinuxForHealth x12, StAEDI and pyx12 is read without a crash;
 * the 835s balance as the TR3 requires; StAEDI's expected JSON and HL nesting match what medcoder reads.
 */
class X12EvalSamplesTest {

    static Path eval() {
        String dir = System.getProperty("medcoder.eval");
        Path path = dir == null ? null : Path.of(dir);
        if (path == null || !Files.isDirectory(path.resolve("x12-linuxforhealth"))) {
            throw new IllegalStateException("evaluation folder not found: set -Dmedcoder.eval to ../shared/eval (was " + dir + ")");
        }
        return path;
    }

    static Stream<Path> x12Files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("x12-linuxforhealth", "x12-staedi", "x12-pyx12")) {
            try (Stream<Path> s = Files.walk(eval().resolve(folder))) {
                s.filter(Files::isRegularFile).filter(X12EvalSamplesTest::isX12).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    static Stream<Path> remittanceFiles() throws IOException {
        return x12Files().filter(p -> name(p).contains("835"));
    }

    private static boolean isX12(Path p) {
        if (p.getFileName().toString().endsWith("-expected.txt")) {
            return false; // StAEDI's expected HL hierarchy, a text listing that starts with "ISA"
        }
        try (InputStream in = Files.newInputStream(p)) {
            return new String(in.readNBytes(3), java.nio.charset.StandardCharsets.US_ASCII).equals("ISA");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void evalFolder_hasAllSamples() throws IOException {
        assertThat(x12Files().count()).isEqualTo(27 + 4 + 1);
    }

    @ParameterizedTest
    @MethodSource("x12Files")
    void validate_everySample_readWithoutCrashAndKindDetected(Path file) {
        ValidationReport report = X12Validator.validate(file);

        assertThat(report.readable()).isTrue();
        assertThat(report.transactions()).isNotEmpty();
        String name = name(file);
        TransactionKind expected = name.contains("835") ? TransactionKind.REMITTANCE_835
                : name.contains("X223") ? TransactionKind.INSTITUTIONAL_837I : TransactionKind.PROFESSIONAL_837P;
        // sample837-HL-nested.edi says only 005010 in GS08/ST03: the guide cannot be told, so no kind.
        if (!name.endsWith("sample837-HL-nested.edi")) {
            assertThat(report.transactions()).allSatisfy(t -> assertThat(t.kind()).contains(expected));
        }
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.location().toString()).contains(file.getFileName().toString()));
    }

    @ParameterizedTest
    @MethodSource("remittanceFiles")
    void read_every835_paymentAndClaimsBalance(Path file) {
        RemitReadResult result = RemitReader.read(file);

        assertThat(result.remittances()).isNotEmpty();
        for (Remittance r : result.remittances()) {
            assertThat(r.claims()).isNotEmpty();
            // TR3 1.10.2.1: BPR02 = Σ CLP04 − Σ PLB amounts.
            assertThat(r.isBalanced()).as("%s: BPR02 %s vs Σ CLP04 %s − PLB %s", file.getFileName(), r.payment().amount(),
                    r.claimPaidTotal(), r.providerAdjustmentTotal()).isTrue();
            for (ClaimPayment c : r.claims()) {
                // Per claim: charge − paid = Σ CAS (claim and line level).
                assertThat(c.isBalanced()).as("%s claim %s", file.getFileName(), c.claimId()).isTrue();
            }
        }
        assertThat(result.findings()).noneMatch(f -> f.ruleId().startsWith("REMIT-") && f.ruleId().endsWith("BALANCE"));
    }

    @Test
    void read_medicarePartA_plbAndClaimAmounts() {
        Remittance r = RemitReader.read(eval().resolve("x12-linuxforhealth/835_005010X221A1/medicare-part-a.835"))
                .remittances().get(0);

        assertThat(r.claims()).extracting(ClaimPayment::claimId).containsExactly("666123", "777777");
        assertThat(r.providerAdjustments()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("CV");
            assertThat(p.reference()).isEqualTo("CP");
            assertThat(p.amount().toString()).isEqualTo("-1.27");
        });
        assertThat(r.claims().get(1).remarks()).extracting(rc -> rc.code()).containsExactly("MA02");
    }

    @Test
    void scan_staediSample837_matchesStaediExpectedJson() throws IOException {
        Path dir = eval().resolve("x12-staedi/x12");
        List<List<List<String>>> actual = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("sample837-original.edi"))) {
            X12Scanner.scan(in, "sample837-original.edi", s -> {
                tags.add(s.tag());
                actual.add(copy(s));
            });
        }
        List<JsonNode> expected = new ArrayList<>();
        flatten(new ObjectMapper().readTree(dir.resolve("sample837-original.json").toFile()), expected);

        assertThat(tags).containsExactlyElementsOf(expected.stream().map(n -> n.get("name").asText()).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertSameElements(tags.get(i), expected.get(i).get("data"), actual.get(i));
        }
    }

    @Test
    void scan_staediHlNested_sameHierarchy() throws IOException {
        Path dir = eval().resolve("x12-staedi/x12");
        List<String> actual = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("sample837-HL-nested.edi"))) {
            X12Scanner.scan(in, "sample837-HL-nested.edi", s -> {
                if (s.tag().equals("HL") && !s.element(1).isEmpty()) {
                    actual.add(s.element(1) + "<" + s.element(2));
                }
            });
        }
        List<String> expected = new ArrayList<>();
        Matcher m = Pattern.compile("HL: id: (\\d+); (?:parent: (\\d+)|no parent)").matcher(Files.readString(dir.resolve("sample837-HL-nested-expected.txt")));
        while (m.find()) {
            expected.add(m.group(1) + "<" + (m.group(2) == null ? "" : m.group(2)));
        }
        assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
    }

    /** The folder and file name: the full path may contain anything (a worktree called x835, say). */
    private static String name(Path p) {
        return p.getParent().getFileName() + "/" + p.getFileName();
    }

    private static List<List<String>> copy(X12Segment s) {
        List<List<String>> elements = new ArrayList<>();
        for (int e = 1; e <= s.elementCount(); e++) {
            List<String> components = new ArrayList<>();
            for (int c = 1; c < 20; c++) {
                components.add(s.component(e, c));
            }
            while (components.size() > 1 && components.get(components.size() - 1).isEmpty()) {
                components.remove(components.size() - 1);
            }
            elements.add(components);
        }
        return elements;
    }

    private static void flatten(JsonNode node, List<JsonNode> segments) {
        if ("segment".equals(node.get("type").asText())) {
            segments.add(node);
            return;
        }
        node.get("data").forEach(child -> flatten(child, segments));
    }

    private static void assertSameElements(String tag, JsonNode expected, List<List<String>> actual) {
        assertThat(actual).as(tag + " element count").hasSize(expected.size());
        for (int e = 0; e < expected.size(); e++) {
            JsonNode x = expected.get(e);
            List<JsonNode> components = new ArrayList<>();
            if (x.isObject()) {
                x.get("data").forEach(components::add);
            } else {
                components.add(x);
            }
            for (int c = 0; c < components.size(); c++) {
                String got = c < actual.get(e).size() ? actual.get(e).get(c) : "";
                assertSameValue(tag + String.format("%02d", e + 1) + "-" + (c + 1), components.get(c), got);
            }
        }
    }

    private static void assertSameValue(String where, JsonNode expected, String actual) {
        if (expected.isNull()) {
            assertThat(actual).as(where).isEmpty();
        } else if (expected.isNumber()) {
            assertThat(actual).as(where).isNotBlank();
            assertThat(new BigDecimal(actual.strip())).as(where).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(where).isEqualTo(expected.asText());
        }
    }
}

package org.medcoder.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.medcoder.claims.ClaimReader;
import org.medcoder.claims.remit.PostingSummary;
import org.medcoder.claims.remit.ReasonCodes;
import org.medcoder.claims.remit.RemitReadResult;
import org.medcoder.claims.remit.RemitReader;
import org.medcoder.claims.remit.Remittance;
import org.medcoder.claims.remit.SentClaim;
import org.medcoder.core.Finding;
import org.medcoder.core.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medcoder remit ...}: X12 835 remittance advice. */
@Command(name = "remit", mixinStandardHelpOptions = true, description = "Read X12 835 remittance advice.",
        subcommands = {RemitCommand.Read.class})
final class RemitCommand {

    /** Where the CMS Blue Button CARC list lives in the data folder (CC0, read at run time, never copied). */
    static final String BFD_CARC = "claims-codes/bfd/CodeSystem-ANSI-RSN-CD.fsh";

    /** {@code medcoder remit read FILE.835}: payments, claims, lines, adjustments and a posting summary per claim. */
    @Command(name = "read", mixinStandardHelpOptions = true,
            description = {"Read an 835: payment (BPR/TRN), claims (CLP), lines (SVC), adjustments (CAS), remarks,",
                "provider adjustments (PLB) and a posting summary per claim.",
                "Exit status: 0 read without errors, 1 read with errors, 2 not readable."})
    static final class Read implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The 835 file.")
        Path file;

        @Option(names = "--json", description = "Write JSON instead of text.")
        boolean json;

        @Option(names = "--claims", split = ",", paramLabel = "PATH",
                description = "Claim JSON files or folders of them (the claims medcoder sent), to match CLP01 and CLP03.")
        List<Path> claims = List.of();

        @Option(names = "--fhir", paramLabel = "OUT.json",
                description = "Also write each claim payment as a FHIR R4 ExplanationOfBenefit (a bundle when several).")
        Path fhir;

        @Option(names = "--codes", paramLabel = "FILE",
                description = "An official CARC/RARC list (lines CODE<TAB>MEANING); its meanings take precedence.")
        Path codes;

        @Option(names = "--no-validate",
                description = "Skip schema validation (envelope still checked): much faster on very large files.")
        boolean noValidate;

        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            ReasonCodes meanings = reasonCodes();
            List<SentClaim> sent = sentClaims();
            RemitReadResult result = RemitReader.read(file, !noValidate);
            PrintWriter out = spec.commandLine().getOut();
            List<RemitView> views = new ArrayList<>();
            for (Remittance r : result.remittances()) {
                views.add(new RemitView(r, r.isBalanced(), PostingSummary.of(r, sent)));
            }
            if (json) {
                out.println(write(new RemitJson(file.getFileName().toString(), views, result.findings(),
                        RemitText.meaningsUsed(result.remittances(), meanings))));
            } else {
                new RemitText(out, meanings).print(file.getFileName().toString(), views, result.findings(), !sent.isEmpty());
            }
            if (fhir != null && !result.remittances().isEmpty()) {
                ClaimForms.writeEobs(result.remittances(), meanings, claims.stream().flatMap(p -> jsonFiles(p).stream())
                        .flatMap(f -> ClaimReader.read(f).validClaims().stream()).toList(), fhir, java.time.LocalDate.now());
            }
            out.flush();
            if (!result.validation().readable()) {
                return 2;
            }
            return result.hasErrors() ? 1 : 0;
        }

        private ReasonCodes reasonCodes() {
            ReasonCodes meanings = ReasonCodes.builtIn();
            Path bfd = dataDirIfPresent(data) == null ? null : dataDirIfPresent(data).resolve(BFD_CARC);
            if (bfd != null && Files.isRegularFile(bfd)) {
                meanings = meanings.withBlueButtonCarc(bfd);
            }
            return codes == null ? meanings : meanings.withOfficialList(codes);
        }

        private List<SentClaim> sentClaims() {
            List<SentClaim> sent = new ArrayList<>();
            for (Path p : claims) {
                for (Path f : jsonFiles(p)) {
                    ClaimReader.read(f).validClaims().forEach(c -> sent.add(new SentClaim(c.id().value(), c.totalCharge())));
                }
            }
            return sent;
        }

        private static List<Path> jsonFiles(Path p) {
            if (Files.isRegularFile(p)) {
                return List.of(p);
            }
            if (!Files.isDirectory(p)) {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
            try (Stream<Path> s = Files.list(p)) {
                return s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list " + p + ": " + e.getMessage());
            }
        }
    }

    /** The data folder when it exists: the CARC list there is a bonus, not a requirement. */
    static Path dataDirIfPresent(DataOptions data) {
        try {
            return data.dataDir();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One remittance with its balance check and posting summaries, as printed. */
    record RemitView(Remittance remittance, boolean balanced, List<PostingSummary> posting) {
    }

    /** The {@code --json} document. */
    record RemitJson(String source, List<RemitView> remittances, List<Finding> findings, Map<String, String> meanings) {
    }

    private static final ObjectMapper MAPPER = Json.mapper().copy().registerModule(new SimpleModule()
            .addSerializer(Money.class, new StdSerializer<>(Money.class) {
                @Override
                public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    gen.writeNumber(value.amount());
                }
            }));

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}

package org.medcoder.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimBatch;
import org.medcoder.claims.ClaimChecker;
import org.medcoder.claims.ClaimInput;
import org.medcoder.claims.ClaimReader;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.core.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medcoder claim check|build}: validate claim JSON against the code sets for its dates of service, and write
 * the valid claims as an 837P/837I (or another format registered in {@link ClaimFormats}). Exit 0 when every claim
 * is valid (and written), 1 when some claim has errors (it is left out; the others are still written), 2 for
 * unreadable input or bad options.
 */
@Command(name = "claim", mixinStandardHelpOptions = true, description = "Check claims and build X12 837 files.",
        subcommands = {ClaimCommand.Check.class, ClaimCommand.Build.class})
final class ClaimCommand {

    /** {@code claim check CLAIM.json [--json]}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate claims: shape, NPI check digits, modifiers, dx pointers, dates, and every code "
                + "against the code sets in effect for the dates of service. Exit 0 valid, 1 errors, 2 unreadable.")
    static final class Check implements Callable<Integer> {

        @Mixin
        private ClaimFile input;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Write the findings as JSON.")
        private boolean json;

        @Override
        public Integer call() {
            ClaimBatch batch = input.read();
            Map<ClaimInput, List<Finding>> results = input.check(batch);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(ClaimText.report(batch, results)));
            } else {
                ClaimText.print(out, batch, results);
            }
            out.flush();
            return results.values().stream().flatMap(List::stream).anyMatch(Finding::isError) ? 1 : 0;
        }
    }

    /** {@code claim build CLAIM.json --format 837p|837i --out FILE}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Write the valid claims of a file in a claim format; claims with errors are left out and "
                + "listed. Exit 0 all written, 1 some left out, 2 unreadable input or bad options.")
    static final class Build implements Callable<Integer> {

        @Mixin
        private ClaimFile input;

        @Spec
        private CommandSpec spec;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.",
                completionCandidates = ClaimFormats.Names.class)
        private String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        private Path out;

        @Option(names = "--production", description = "Mark an X12 interchange as production (ISA15 = P); default test (T).")
        private boolean production;

        @Option(names = "--state-dir", paramLabel = "DIR", description = "Where X12 control numbers persist per sender "
                + "(default ~/.medcoder).")
        private Path stateDir;

        @Override
        public Integer call() {
            ClaimFormats.Output output = ClaimFormats.of(format);
            ClaimBatch batch = input.read();
            Map<ClaimInput, List<Finding>> results = input.check(batch);
            List<Claim> valid = new ArrayList<>();
            List<Finding> leftOut = new ArrayList<>();
            results.forEach((input, findings) -> {
                if (input.claim().isPresent() && findings.stream().noneMatch(Finding::isError)) {
                    valid.add(input.claim().get());
                } else {
                    leftOut.addAll(findings.stream().filter(Finding::isError).toList());
                }
            });
            PrintWriter o = spec.commandLine().getOut();
            Path state = stateDir != null ? stateDir : Path.of(System.getProperty("user.home"), ".medcoder");
            ClaimFormats.Written written = output.write(new ClaimFormats.Request(batch, valid, out, !production, state));
            leftOut.addAll(written.findings());
            o.println(written.summary());
            if (!leftOut.isEmpty()) {
                o.println("left out (not written):");
                leftOut.forEach(f -> o.println("  " + ClaimText.line(f)));
            }
            o.flush();
            return leftOut.isEmpty() ? 0 : 1;
        }
    }

    /** The claim file and code-set options that {@code check} and {@code build} share. */
    static final class ClaimFile {

        @Mixin
        private DataOptions data;

        @Parameters(index = "0", paramLabel = "CLAIM.json", description = "A claim, an array of claims or {\"claims\": [...]}.")
        private Path file;

        @Option(names = "--skip-code-sets", description = "Do not check codes against the code sets (no data folder needed).")
        private boolean skipCodeSets;

        ClaimBatch read() {
            return ClaimReader.read(file);
        }

        Map<ClaimInput, List<Finding>> check(ClaimBatch batch) {
            return checkAll(batch, skipCodeSets ? null : data);
        }
    }

    /** Reads the code sets once (none when {@code data} is null) and checks every claim of the batch, in file order. */
    private static Map<ClaimInput, List<Finding>> checkAll(ClaimBatch batch, DataOptions data) {
        Map<ClaimInput, List<Finding>> results = new LinkedHashMap<>();
        boolean anyBuilt = batch.claims().stream().anyMatch(c -> c.claim().isPresent());
        // data == null: --skip-code-sets, only the reader's shape checks apply.
        ClaimChecker checker = anyBuilt && data != null ? new ClaimChecker(codeSets(data)) : null;
        for (ClaimInput input : batch.claims()) {
            results.put(input, checker == null ? input.findings() : checker.check(input, batch.source()));
        }
        return results;
    }

    private static CodeSets codeSets(DataOptions data) {
        return CodeSetsLoader.load(data.dataDir(), DataOptions.cacheDir());
    }

    /** The kind of a claim as the JSON names it. */
    static String kind(Claim c) {
        return c instanceof ProfessionalClaim ? "professional" : "institutional";
    }
}

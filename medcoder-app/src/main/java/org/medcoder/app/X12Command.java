package org.medcoder.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.medcoder.claims.x12.Ack999Writer;
import org.medcoder.claims.x12.TransactionResult;
import org.medcoder.claims.x12.ValidationReport;
import org.medcoder.claims.x12.X12Validator;
import org.medcoder.core.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medcoder x12 ...}: X12 files of any kind medcoder knows (835, 837P, 837I). */
@Command(name = "x12", mixinStandardHelpOptions = true, description = "Validate X12 5010 files.",
        subcommands = {X12Command.Validate.class})
final class X12Command {

    /** {@code medcoder x12 validate FILE [--ack FILE.999]}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Validate an 835, 837P or 837I (detected from ST01 and ST03/GS08) against medcoder's",
                "implementation schemas. Each finding gives the segment position (IK302 count, loop, element) and the",
                "999 error code. Exit status: 0 valid, 1 errors, 2 cannot be read at all."})
    static final class Validate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "The X12 file.")
        Path file;

        @Option(names = "--ack", paramLabel = "FILE.999", description = "Also write a 999 implementation acknowledgment.")
        Path ack;

        @Option(names = "--ack-control", paramLabel = "N", defaultValue = "1",
                description = "Interchange/group control number of the 999 (default: ${DEFAULT-VALUE}).")
        long ackControl;

        @Option(names = "--json", description = "Write JSON instead of text.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            ValidationReport report = X12Validator.validate(file);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(RemitCommand.write(new ValidateJson(report.source(), report.readable(), report.isValid(),
                        report.transactions(), report.findings())));
            } else {
                print(out, report);
            }
            if (ack != null && report.readable()) {
                writeAck(report);
                if (!json) {
                    out.println("999 acknowledgment written to " + ack);
                }
            }
            out.flush();
            return !report.readable() ? 2 : report.isValid() ? 0 : 1;
        }

        private void writeAck(ValidationReport report) {
            try (OutputStream o = Files.newOutputStream(ack)) {
                Ack999Writer.write(report, ackControl, LocalDateTime.now(), o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void print(PrintWriter out, ValidationReport report) {
            if (!report.readable()) {
                out.println(report.source() + ": cannot be read as X12");
            }
            for (TransactionResult t : report.transactions()) {
                out.printf("%s: ST %s %s %s (%s): %s%n", report.source(), t.transactionSetId(), t.controlNumber(),
                        t.implementation(), t.kind().map(Enum::name).orElse("not supported"),
                        t.accepted() ? "valid" : t.errors().size() + " error(s)");
            }
            List<Finding> findings = report.findings();
            findings.forEach(f -> out.println("  " + f));
            out.println(report.isValid() ? "Result: valid" : "Result: " + findings.size() + " error(s)");
        }
    }

    /** The {@code --json} document. */
    record ValidateJson(String source, boolean readable, boolean valid, List<TransactionResult> transactions,
                        List<Finding> findings) {
    }
}

package org.medcoder.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code medcoder} command line: the composition root that wires the modules together. Commands live in
 * their own classes; this class only registers them and turns user mistakes into one-line errors.
 */
@Command(name = "medcoder", mixinStandardHelpOptions = true, version = "medcoder 0.1.0",
        description = "Medical coding: code sets, encoder, computer-assisted coding, claims and pricing.",
        subcommands = {
            // Each command is one line, so that work on different commands does not collide.
            CommandLine.HelpCommand.class,
            EvalCommand.class,
            CodeCommand.class,
            LookupCommand.class,
            ValidateCommand.class,
            DataCommand.class,
            SearchCommand.class,
            BenchCommand.class,
            PriceCommand.class,
            ClaimCommand.class,
            RemitCommand.class,
            X12Command.class,
            EncodeCommand.class,
        })
public final class Main {

    static {
        // PDFBox warns on every run that it reads or draws the standard fonts with a system fallback (the claim forms,
        // the ICD-10-CM addenda PDFs): it tells the user nothing, so only its errors are shown (slf4j-simple reads these
        // properties when a logger is first made, which is after this class is loaded).
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (used by tests as well as {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new UserErrors());
        cli.setParameterExceptionHandler(UserErrors::onBadParameters);
        return cli.execute(args);
    }
}

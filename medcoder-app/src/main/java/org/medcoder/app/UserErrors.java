package org.medcoder.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into the one-line errors a person can act on: a user mistake (bad option, bad code, missing
 * or malformed file) never shows a stack trace. Set {@code MEDCODER_DEBUG=1} to see one for a real bug.
 */
final class UserErrors implements IExecutionExceptionHandler {

    /** Exit status for a user mistake or unreadable input. */
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("medcoder " + cmd.getCommandName() + ": " + describe(e));
        if (System.getenv("MEDCODER_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }

    static int onBadParameters(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("medcoder: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        cmd.getErr().flush();
        return USAGE;
    }

    private static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof java.io.IOException) {
            return "cannot read input: " + e.getMessage();
        }
        return "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); run with MEDCODER_DEBUG=1 for details";
    }
}

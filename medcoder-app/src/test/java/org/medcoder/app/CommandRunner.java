package org.medcoder.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs one command class as {@link Main} does (same error handling), capturing its output. */
final class CommandRunner {

    record Result(int exit, String out, String err) {
    }

    private CommandRunner() {
    }

    static Result run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(new UserErrors());
        cli.setParameterExceptionHandler(UserErrors::onBadParameters);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}

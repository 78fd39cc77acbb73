package org.medcoder.app;

import picocli.CommandLine.Command;

/** {@code medcoder eval ...}: accuracy harnesses, one subcommand per component measured. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure accuracy on an evaluation set.",
        subcommands = {
            // One line per harness.
            EvalCodiespCommand.class,
            EvalEncoderCommand.class,
        })
final class EvalCommand {
}

package io.interview4j.samples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level command; {@link Cli} routes a command line without a command to {@code run}. */
@Command(name = "interview4j", mixinStandardHelpOptions = true, version = "interview4j CLI 0.1.0-SNAPSHOT",
        description = {"Runs AI mock interviews in the terminal, offline by default.",
                "With no command, runs an interview (the same as 'run')."},
        footer = {"", "Exit codes: 0 success, 1 error (library or file), 2 bad flag or value."})
final class RootCommand implements Callable<Integer> {

    private final CliContext ctx;

    RootCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return Cli.execute(ctx, "run");
    }
}

package io.interview4j.samples.cli;

import io.interview4j.InterviewException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import picocli.CommandLine;

/**
 * Builds the picocli command line and runs it. Exit codes: 0 success, 1 an error from the library or a file
 * ("error: ..." on stderr, no stack trace), 2 a bad flag or value (picocli's message and the usage).
 */
final class Cli {

    /** A flag or value the user got wrong. */
    static final int USAGE = CommandLine.ExitCode.USAGE;
    /** The library or a file refused something. */
    static final int FAILED = CommandLine.ExitCode.SOFTWARE;

    private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Cli() {
    }

    /**
     * @param ctx streams, environment and stores
     * @param args the command line; with no command, or starting with an option of {@code run}, runs {@code run}
     * @return the exit code; the stores' connection pools are closed when it returns
     */
    static int execute(CliContext ctx, String... args) {
        CommandLine cl = commandLine(ctx);
        try {
            return cl.execute(withDefaultCommand(cl, args));
        } finally {
            ctx.stores().close();
        }
    }

    static CommandLine commandLine(CliContext ctx) {
        CommandLine cl = new CommandLine(new RootCommand(ctx));
        cl.addSubcommand(new RunCommand(ctx));
        cl.addSubcommand(new ResumeCommand(ctx));
        cl.addSubcommand(new ReportCommand(ctx));
        cl.addSubcommand(new HistoryCommand(ctx));
        cl.addSubcommand(new ScoreCommand(ctx));
        cl.addSubcommand(new PresetsCommand(ctx));
        cl.addSubcommand(new CommandLine(new BankCommand())
                .addSubcommand(new BankCommand.Import(ctx))
                .addSubcommand(new BankCommand.Export(ctx)));
        cl.addSubcommand(new CommandLine(new CandidateCommand())
                .addSubcommand(new CandidateCommand.Export(ctx))
                .addSubcommand(new CandidateCommand.Erase(ctx)));
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setOut(new PrintWriter(ctx.out(), true));
        cl.setErr(new PrintWriter(ctx.err(), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ctx.err().println("error: " + message(e));
            if (!isUserError(e)) {
                e.printStackTrace(ctx.err());
            }
            return FAILED;
        });
        return cl;
    }

    /** Puts {@code run} in front when no command is named, so {@code interview4j --preset structured} works. */
    static String[] withDefaultCommand(CommandLine cl, String[] args) {
        if (args.length > 0 && (cl.getSubcommands().containsKey(args[0]) || ROOT_OPTIONS.contains(args[0])
                || !args[0].startsWith("-"))) {
            return args;
        }
        String[] withRun = new String[args.length + 1];
        withRun[0] = "run";
        System.arraycopy(args, 0, withRun, 1, args.length);
        return withRun;
    }

    private static boolean isUserError(Exception e) {
        return e instanceof InterviewException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException;
    }

    private static String message(Exception e) {
        if (isUserError(e) && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return "unexpected failure (a bug; please report it): " + e;
    }
}

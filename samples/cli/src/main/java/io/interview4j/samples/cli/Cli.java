package io.interview4j.samples.cli;

import io.interview4j.InterviewException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the picocli command line and runs it. Exit codes: 0 success, 1 an error from the library or a file
 * (one line "error: ..." on stderr, no stack trace: that goes to the debug log; a failure mid-interview adds the
 * command that resumes), 2 a bad flag or value (one line "error: ..." and the usage).
 */
final class Cli {

    /** A flag or value the user got wrong. */
    static final int USAGE = CommandLine.ExitCode.USAGE;
    /** The library or a file refused something. */
    static final int FAILED = CommandLine.ExitCode.SOFTWARE;

    /** The command's name, as the usage shows it. */
    static final String NAME = RootCommand.class.getAnnotation(CommandLine.Command.class).name();

    private static final Logger log = LoggerFactory.getLogger(Cli.class);
    private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

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
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            ctx.err().println("error: " + oneLine(e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr())) {
                failed.usage(failed.getErr());
            }
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Exception failure = e instanceof Interrupted && e.getCause() instanceof Exception cause ? cause : e;
            String hint = e instanceof Interrupted interrupted ? "; " + interrupted.hint : "";
            ctx.err().println("error: " + oneLine(message(failure)) + hint);
            if (isUserError(failure)) {
                log.debug("the command failed", failure);
            } else {
                failure.printStackTrace(ctx.err());
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

    /**
     * @param command {@code resume} or {@code report}
     * @param sessionId the session
     * @param store the command's {@code --store}
     * @param candidate the command's {@code --candidate}
     * @return the command line that goes on with the session, such as
     *     {@code interview4j resume 5b2c... --store 'jdbc:postgresql://db/app?user=ana&password=***' --candidate ana};
     *     options that were not given are left out, a password is masked
     */
    static String commandFor(String command, String sessionId, Options.Store store, Options.Candidate candidate) {
        StringBuilder b = new StringBuilder(NAME).append(' ').append(command).append(' ').append(quoted(sessionId));
        if (store.store != null) {
            b.append(" --store ").append(quoted(Stores.describe(store.store)));
        }
        if (candidate.candidate != null && !candidate.candidate.isBlank()) {
            b.append(" --candidate ").append(quoted(candidate.candidate.trim()));
        }
        return b.toString();
    }

    private static String quoted(String arg) {
        return SHELL_SAFE.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /** @return the text on one line: line breaks and the spaces around them become one space */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean isUserError(Exception e) {
        return e instanceof InterviewException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException;
    }

    /**
     * A failure after the session was stored, as when the store fails mid-interview: reported as its cause, with a
     * hint to go on from what is stored.
     */
    static final class Interrupted extends RuntimeException {
        private final String hint;

        /**
         * @param cause the failure
         * @param hint what to do next, such as {@code the answers acknowledged so far are stored: continue with ...}
         */
        Interrupted(RuntimeException cause, String hint) {
            super(cause.getMessage(), cause);
            this.hint = hint;
        }
    }

    private static String message(Exception e) {
        if (isUserError(e) && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return "unexpected failure (a bug; please report it): " + e;
    }
}

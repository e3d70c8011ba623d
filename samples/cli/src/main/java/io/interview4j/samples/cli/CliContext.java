package io.interview4j.samples.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What the commands talk to: the terminal's streams, the environment (for model keys) and the stores. Tests
 * build one with captured streams; {@link #system()} is the real terminal.
 *
 * @param out standard output: reports, tables, scored lines
 * @param err standard error: error messages, and the conversation when the report goes to stdout as a document
 * @param in where interactive answers are read from
 * @param env environment variables, for provider keys and base URLs
 * @param stores opens the session store named by {@code --store}
 * @param defaultCandidate the candidate id when {@code --candidate} is not given
 */
record CliContext(PrintStream out, PrintStream err, BufferedReader in, Map<String, String> env, Stores stores,
                  String defaultCandidate) {

    CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        env = Map.copyOf(env);
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(defaultCandidate, "defaultCandidate");
    }

    /** @return the process's terminal (UTF-8), environment and a fresh set of stores */
    static CliContext system() {
        String user = System.getProperty("user.name");
        return new CliContext(
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.getenv(),
                new Stores(),
                user == null || user.isBlank() ? "candidate" : user.trim());
    }
}

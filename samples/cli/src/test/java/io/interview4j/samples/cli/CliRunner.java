package io.interview4j.samples.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process with captured streams, as a test fixture. */
final class CliRunner {

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private final Stores stores;
    private String stdin = "";
    private Map<String, String> env = Map.of();

    private CliRunner(Stores stores) {
        this.stores = stores;
    }

    /** @return a runner with its own stores; runs of the same runner share the memory store */
    static CliRunner aCli() {
        return new CliRunner(new Stores());
    }

    CliRunner withStdin(String text) {
        stdin = text;
        return this;
    }

    CliRunner withEnv(Map<String, String> variables) {
        env = Map.copyOf(variables);
        return this;
    }

    Stores stores() {
        return stores;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader(stdin)),
                env, stores, "tester");
        int code = Cli.execute(ctx, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes answers separated by {@code ---} lines, as {@code --answers} reads them. */
    static Path answersFile(Path dir, String name, List<String> answers) {
        return write(dir.resolve(name), String.join("\n---\n", answers) + "\n");
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

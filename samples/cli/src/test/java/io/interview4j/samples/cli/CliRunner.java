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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the CLI in-process with captured streams, as a test fixture. Each runner has its own
 * {@value Stores#HOME_VARIABLE}, a fresh temporary folder deleted when the JVM exits, so the default store is a
 * new SQLite file there and never the real home's.
 */
final class CliRunner {

    private static final List<Path> HOMES = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (HOMES) {
                HOMES.forEach(CliRunner::deleteTree);
            }
        }));
    }

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private final Stores stores;
    private final Path home;
    private String stdin = "";
    private Map<String, String> env;

    private CliRunner(Stores stores, Path home) {
        this.stores = stores;
        this.home = home;
        this.env = Map.of(Stores.HOME_VARIABLE, home.toString());
    }

    /** @return a runner with its own stores and home; runs of the same runner share the memory and default stores */
    static CliRunner aCli() {
        try {
            Path home = Files.createTempDirectory("interview4j-cli-test-");
            synchronized (HOMES) {
                HOMES.add(home);
            }
            return new CliRunner(new Stores(), home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CliRunner withStdin(String text) {
        stdin = text;
        return this;
    }

    /** Sets the environment; {@value Stores#HOME_VARIABLE} stays this runner's home unless {@code variables} sets it. */
    CliRunner withEnv(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.putIfAbsent(Stores.HOME_VARIABLE, home.toString());
        env = Map.copyOf(all);
        return this;
    }

    Stores stores() {
        return stores;
    }

    /** @return this runner's {@value Stores#HOME_VARIABLE} */
    Path home() {
        return home;
    }

    /** @return the SQLite file that is the default store of this runner */
    Path defaultStore() {
        return Path.of(Stores.defaultStore(env));
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

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the folder is temporary; leaving it behind is harmless
        }
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

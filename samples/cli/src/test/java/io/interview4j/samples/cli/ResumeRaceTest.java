package io.interview4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two CLI processes (real JVMs, as two terminals would run them) resume the same session and answer its open
 * question with different answers at the same moment. Exactly one answer is stored; the other process says in one
 * {@code error:} line that its answer was not stored, shows the stored one and the command that resumes, and prints no
 * score for it. Afterwards every answer a process printed a score for is stored exactly as that process sent it, and
 * every stored answer is one a process printed a score for.
 *
 * <p>On SQLite always; on PostgreSQL when {@value #POSTGRES_URL} is set (failing, not skipping, when it is set and the
 * database is unreachable), in a schema of its own.
 */
class ResumeRaceTest {

    private static final String POSTGRES_URL = "INTERVIEW4J_TEST_POSTGRES_URL";
    private static final Pattern QUESTION = Pattern.compile("^((?:Resume )?Q\\d+(?: Follow-up \\d+)?): ");
    private static final Pattern SCORE = Pattern.compile("Score \\d+/100");
    private static final List<String> ANSWERS_A =
            List.of(SampleAnswers.MIGRATION_STAR, SampleAnswers.CONFLICT_STAR, SampleAnswers.FAILURE_STAR);
    private static final List<String> ANSWERS_B =
            List.of(SampleAnswers.HASH_MAP, SampleAnswers.URL_SHORTENER, SampleAnswers.DATABASE_INDEX);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // guards against a hung child JVM; nothing here asserts timing
    void should_store_one_answer_and_score_only_stored_answers_when_two_processes_resume_one_session_on_sqlite()
            throws Exception {
        race(dir.resolve("race.db").toString());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void should_store_one_answer_and_score_only_stored_answers_when_two_processes_resume_one_session_on_postgres()
            throws Exception {
        String url = System.getenv(POSTGRES_URL);
        Assumptions.assumeTrue(url != null && !url.isBlank(), POSTGRES_URL + " is not set: skipped (CI sets it)");
        String schema = "i4j_race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(url)) {
            execute(admin, "CREATE SCHEMA " + schema);
            try {
                race(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            } finally {
                execute(admin, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void race(String store) throws Exception {
        // given a session in progress, its first question open, and two processes resuming it
        String sessionId = startSession(store);
        CountDownLatch bothAsked = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Cli a = new Cli("a", sessionId, store, ANSWERS_A, bothAsked, go);
        Cli b = new Cli("b", sessionId, store, ANSWERS_B, bothAsked, go);
        try {
            assertThat(bothAsked.await(3, TimeUnit.MINUTES)).as("both processes asked the first question:\n%s\n%s",
                    a.output(), b.output()).isTrue();

            // when both answer it at once
            go.countDown();
            a.finish();
            b.finish();
        } finally {
            a.process.destroyForcibly();
            b.process.destroyForcibly();
        }

        // then one process lost the race and said so, showing the stored answer and how to resume
        Cli loser = a.exitCode() == 0 ? b : a;
        Cli winner = loser == a ? b : a;
        assertThat(winner.exitCode()).as(winner.describe()).isZero();
        assertThat(loser.exitCode()).as(loser.describe()).isEqualTo(1);
        List<String> errors = loser.errors().lines().filter(l -> !l.isBlank()).toList();
        assertThat(errors.get(errors.size() - 1)).as(loser.describe()).startsWith("error: ")
                .contains("your answer to Q1 was not stored").contains("interview4j resume " + sessionId);
        assertThat(errors).as(loser.describe()).filteredOn(l -> l.contains("error: ")).hasSize(1);
        assertThat(loser.output()).contains("Stored answer to Q1:")
                .contains(winner.answers.get(0).strip().lines().findFirst().orElseThrow());
        assertThat(SCORE.matcher(loser.output()).find()).as("the loser printed no score").isFalse();
        for (Cli cli : List.of(a, b)) {
            assertThat(cli.output() + cli.errors()).doesNotContain("\tat ").doesNotContain("Caused by")
                    .doesNotContain("Exception in thread");
        }

        // and every answer a process printed a score for is stored as sent, and nothing else is stored
        Map<String, String> acknowledged = new HashMap<>(winner.acknowledged());
        assertThat(acknowledged).as(winner.describe()).containsKey("Q1");
        Stores stores = new Stores();
        try {
            Session stored = stores.open(store).get(sessionId).toSession();
            Map<String, String> answered = new HashMap<>();
            for (Turn t : stored.turns()) {
                if (t.answer() != null) {
                    answered.put(t.question().label(), t.answer());
                }
            }
            assertThat(answered).isEqualTo(acknowledged);
        } finally {
            stores.close();
        }
    }

    private static String startSession(String store) {
        Stores stores = new Stores();
        try {
            InterviewEngine engine = InterviewEngine.builder().sessionStore(stores.open(store))
                    .questionBank(stores.questions(store)).build();
            return engine.start(Caller.candidate("ana"), Presets.coaching(PresetOptions.defaults())).sessionId();
        } finally {
            stores.close();
        }
    }

    private static void execute(Connection admin, String sql) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute(sql);
        }
    }

    /** One CLI process resuming the session, answering from its list as each question comes, then ending its input. */
    private final class Cli {
        private final String name;
        private final Process process;
        private final List<String> answers;
        private final StringBuffer out = new StringBuffer();
        private final Thread driver;
        private final Path stderr;

        private Cli(String name, Process process, List<String> answers, Path stderr, CountDownLatch bothAsked,
                    CountDownLatch go) {
            this.name = name;
            this.process = process;
            this.answers = answers;
            this.stderr = stderr;
            this.driver = new Thread(() -> drive(bothAsked, go), "cli-" + name);
            driver.setDaemon(true);
            driver.start();
        }

        private Cli(String name, String sessionId, String store, List<String> answers, CountDownLatch bothAsked,
                    CountDownLatch go) throws IOException {
            this(name, launch(name, sessionId, store), answers, dir.resolve(name + "-stderr.txt"), bothAsked, go);
        }

        private void drive(CountDownLatch bothAsked, CountDownLatch go) {
            int asked = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); OutputStream stdin = process.getOutputStream()) {
                String line;
                while ((line = reader.readLine()) != null) {
                    out.append(line).append('\n');
                    if (!QUESTION.matcher(line).find()) {
                        continue;
                    }
                    asked++;
                    if (asked == 1) {
                        bothAsked.countDown();
                        go.await();
                    }
                    if (asked > answers.size()) {
                        stdin.close();
                        continue;
                    }
                    try {
                        stdin.write((answers.get(asked - 1) + "\n\n").getBytes(StandardCharsets.UTF_8));
                        stdin.flush();
                    } catch (IOException e) {
                        // the process ended (it lost the race); its output is still read to the end
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finish() throws InterruptedException {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(name + " ended:\n" + output()).isTrue();
            driver.join(TimeUnit.MINUTES.toMillis(1));
        }

        int exitCode() {
            return process.exitValue();
        }

        String output() {
            return out.toString();
        }

        String errors() {
            try {
                return Files.readString(stderr, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String describe() {
            return "process " + name + " (exit " + (process.isAlive() ? "running" : process.exitValue()) + ")\nstdout:\n"
                    + output() + "\nstderr:\n" + errors();
        }

        /** @return question label to the answer this process sent for it, for every question it printed a score for */
        Map<String, String> acknowledged() {
            Map<String, String> scored = new HashMap<>();
            String label = null;
            int asked = 0;
            for (String line : output().split("\n")) {
                Matcher q = QUESTION.matcher(line);
                if (q.find()) {
                    label = q.group(1);
                    asked++;
                } else if (SCORE.matcher(line).find()) {
                    assertThat(label).as(describe()).isNotNull();
                    scored.put(label, answers.get(asked - 1).strip());
                }
            }
            return scored;
        }
    }

    private Process launch(String name, String sessionId, String store) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "resume", sessionId, "--store", store, "--candidate", "ana", "--provider", "offline",
                "--format", "json", "--out", dir.resolve(name + "-report.json").toString())
                .redirectError(dir.resolve(name + "-stderr.txt").toFile());
        builder.environment().put(Stores.HOME_VARIABLE, dir.resolve("home-" + name).toString());
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import io.interview4j.session.SessionEvent;
import io.interview4j.session.SessionEvent.AnswerEvaluated;
import io.interview4j.session.SessionEvent.AnswerSubmitted;
import io.interview4j.store.SessionStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistence issue's "done when": an interview killed with SIGKILL after three answers keeps all three in the
 * default SQLite store, and an answer stored but not evaluated is evaluated when the session is loaded again.
 */
class CrashSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION = Pattern.compile("Session ([0-9a-f-]{36})");
    private static final Pattern QUESTION = Pattern.compile("(?m)^(Resume )?Q\\d+( Follow-up \\d+)?: ");
    private static final List<String> ANSWERS =
            List.of(SampleAnswers.MIGRATION_STAR, SampleAnswers.CONFLICT_STAR, SampleAnswers.FAILURE_STAR);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // guards against a hung child JVM; nothing here asserts timing
    void should_keep_every_answer_and_resume_when_the_cli_is_killed_after_three_answers() throws Exception {
        // given an interactive interview in another JVM on the default store, killed at the fourth question
        Path home = dir.resolve("home");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--preset", "coaching", "--candidate", "ana").redirectErrorStream(true);
        builder.environment().put(Stores.HOME_VARIABLE, home.toString());
        Process cli = builder.start();
        String output;
        try {
            try (OutputStream stdin = cli.getOutputStream()) {
                for (String answer : ANSWERS) {
                    stdin.write((answer + "\n\n").getBytes(StandardCharsets.UTF_8));
                }
                stdin.flush();
                output = readUntilQuestion(cli, 4);
                cli.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            }
        } finally {
            cli.destroyForcibly();
        }
        assertThat(cli.isAlive()).isFalse();
        Matcher m = SESSION.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        String sessionId = m.group(1);
        CliRunner after = aCli().withEnv(Map.of(Stores.HOME_VARIABLE, home.toString()));

        // when
        CliRunner.Result report = after.run("report", sessionId, "--candidate", "ana", "--format", "json");
        CliRunner.Result resumed = after.run("resume", sessionId, "--candidate", "ana", "--format", "json", "--answers",
                answersFile(dir, "rest.txt", SampleAnswers.strongWithGated(30, 4, SampleAnswers.DONT_KNOW)).toString());

        // then the report shows the three answers, and resume continues at the fourth question and completes
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(answers(JSON.readTree(report.out()))).containsExactlyElementsOf(ANSWERS.stream().map(String::strip).toList());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("Session " + sessionId + ": resuming.");
        JsonNode completed = JSON.readTree(resumed.out());
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(answers(completed)).hasSizeGreaterThan(3).startsWith(ANSWERS.stream().map(String::strip)
                .toArray(String[]::new));
    }

    @Test
    void should_evaluate_an_answer_stored_before_a_crash_when_report_or_resume_loads_the_session() throws Exception {
        // given two sessions whose first answer was stored but not evaluated, as a crash between the appends leaves them
        CliRunner cli = aCli();
        String store = cli.defaultStore().toString();
        SessionStore sessions = cli.stores().open(store);
        InterviewEngine engine = InterviewEngine.builder().sessionStore(sessions).build();
        String forReport = startWithUnevaluatedAnswer(engine, sessions);
        String forResume = startWithUnevaluatedAnswer(engine, sessions);
        cli.stores().close();

        // when
        CliRunner.Result report = cli.run("report", forReport, "--candidate", "ana", "--format", "json");
        CliRunner.Result resumed = cli.run("resume", forResume, "--candidate", "ana", "--format", "json", "--answers",
                answersFile(dir, "rest.txt", SampleAnswers.strongWithGated(30, 4, SampleAnswers.DONT_KNOW)).toString());

        // then both answers were scored and the scores stored; resume went on to the next question and completed
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode first = JSON.readTree(report.out()).get("questions").get(0);
        assertThat(first.get("answer").asText()).isEqualTo(SampleAnswers.MIGRATION_STAR);
        assertThat(first.get("score").isNumber()).as(first.toString()).isTrue();
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JsonNode completed = JSON.readTree(resumed.out());
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("questions").get(0).get("score").isNumber()).isTrue();
        assertThat(completed.get("questions").get(1).get("answer").asText()).isNotBlank();
        SessionStore reopened = cli.stores().open(store);
        try {
            for (String id : List.of(forReport, forResume)) {
                List<SessionEvent> events = reopened.get(id).events();
                assertThat(events).filteredOn(AnswerEvaluated.class::isInstance).isNotEmpty();
            }
        } finally {
            cli.stores().close();
        }
    }

    private static String startWithUnevaluatedAnswer(InterviewEngine engine, SessionStore sessions) {
        String id = engine.start(Caller.candidate("ana"), Presets.coaching(PresetOptions.defaults())).sessionId();
        String questionId = engine.currentQuestion(Caller.candidate("ana"), id).nextQuestion().id();
        long version = sessions.get(id).version();
        sessions.append(id, version, List.of(new AnswerSubmitted(Instant.now(), questionId, SampleAnswers.MIGRATION_STAR,
                "crash-test:" + id, null)));
        return id;
    }

    private static List<String> answers(JsonNode report) {
        return StreamSupport.stream(report.get("questions").spliterator(), false)
                .filter(q -> q.hasNonNull("answer")).map(q -> q.get("answer").asText()).toList();
    }

    /**
     * Reads the process's output until it has asked {@code count} questions, leaving the process running (blocked on
     * the next answer); fails if the output ends first.
     */
    private static String readUntilQuestion(Process process, int count) throws IOException {
        StringBuilder seen = new StringBuilder();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (QUESTION.matcher(seen).results().count() >= count) {
                return seen.toString();
            }
        }
        throw new AssertionError("the CLI ended before asking question " + count + ":\n" + seen);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.engine.Caller;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.plan.PresetOptions;
import io.interview4j.plan.Presets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code presets}, {@code resume}, {@code report} and {@code history}, sharing one memory or default SQLite store. */
class OtherCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path dir;

    @Test
    void should_list_every_preset_with_a_description_when_presets_is_run() {
        // when
        CliRunner.Result result = aCli().run("presets");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).filteredOn(l -> !l.isBlank()).hasSizeGreaterThanOrEqualTo(Presets.NAMES.size());
        Presets.NAMES.forEach(name -> assertThat(result.out()).containsPattern("(?m)^" + name + " +\\S"));
    }

    @Test
    void should_continue_a_session_in_progress_when_resume_is_run() throws Exception {
        // given a coaching interview started by a host and left at its first question
        CliRunner cli = aCli();
        String sessionId = anEngine(cli).start(Caller.candidate("ana"), Presets.coaching(PresetOptions.defaults())).sessionId();
        Path answers = answersFile(dir, "answers.txt", SampleAnswers.strongWithGated(30, 4, SampleAnswers.DONT_KNOW));

        // when
        CliRunner.Result result = cli.run("resume", sessionId, "--store", "memory", "--candidate", "ana", "--answers",
                answers.toString(), "--format", "json");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("Session " + sessionId + ": resuming.").contains("Question 1/5");
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("sessionId").asText()).isEqualTo(sessionId);
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void should_write_report_and_history_of_earlier_sessions_when_the_store_is_shared() throws Exception {
        // given two finished sessions of the same candidate, in the default SQLite store
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR, SampleAnswers.CONFLICT_STAR));
        cli.run("--preset", "coaching", "--candidate", "ana", "--answers", answers.toString());
        CliRunner.Result second = cli.run("--preset", "topic-drill", "--candidate", "ana", "--answers", answers.toString(),
                "--format", "json");
        String sessionId = JSON.readTree(second.out()).get("sessionId").asText();

        // when
        CliRunner.Result report = cli.run("report", sessionId, "--candidate", "ana", "--format", "markdown");
        CliRunner.Result history = cli.run("history", "ana", "--format", "json");
        CliRunner.Result historyText = cli.run("history", "ana");
        CliRunner.Result historyHtml = cli.run("history", "ana", "--format", "html");

        // then
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("# Interview report").contains(sessionId);
        assertThat(history.exitCode()).as(history.err()).isZero();
        JsonNode sessions = JSON.readTree(history.out()).get("sessions");
        assertThat(sessions).hasSize(2);
        assertThat(sessions).extracting(s -> s.get("sessionId").asText()).contains(sessionId);
        assertThat(historyText.out()).contains("session " + sessionId).contains("topic-drill").contains("coaching")
                .contains("STARTED").contains("hiring_manager").contains("COMPLETED").contains("QUESTIONS").contains("/10 (");
        assertThat(JSON.readTree(history.out()).get("schemaVersion").asInt()).isEqualTo(2);
        JsonNode coaching = StreamSupport.stream(sessions.spliterator(), false)
                .filter(s -> s.get("preset").asText().equals("coaching")).findFirst().orElseThrow();
        for (String field : List.of("sessionId", "preset", "stage", "groupKey", "startedAt", "completedAt",
                "questionsCompleted", "score", "nativeScore", "nativeScale", "readiness", "badges")) {
            assertThat(coaching.has(field)).as(field).isTrue();
        }
        assertThat(coaching.get("stage").asText()).isEqualTo("hiring_manager");
        assertThat(coaching.get("nativeScale").asText()).isEqualTo("1-10");
        assertThat(coaching.get("questionsCompleted").asInt()).isEqualTo(1);
        assertThat(historyHtml.exitCode()).as(historyHtml.err()).isZero();
        assertThat(historyHtml.out()).startsWith("<!DOCTYPE html>").contains("<svg").contains(sessionId);
    }

    @Test
    void should_file_sessions_under_a_group_at_the_difficulty_asked_for_and_list_that_group() throws Exception {
        // given
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));
        cli.run("--candidate", "ana", "--answers", answers.toString(), "--group", "job-1", "--difficulty", "hard",
                "--escalate");
        cli.run("--candidate", "ana", "--answers", answers.toString());

        // when
        CliRunner.Result grouped = cli.run("history", "ana", "--group", "job-1", "--format", "json");
        CliRunner.Result bad = cli.run("--difficulty", "extreme");

        // then
        assertThat(grouped.exitCode()).as(grouped.err()).isZero();
        JsonNode json = JSON.readTree(grouped.out());
        assertThat(json.get("groupKey").asText()).isEqualTo("job-1");
        assertThat(json.get("sessions")).singleElement().satisfies(e -> {
            assertThat(e.get("groupKey").asText()).isEqualTo("job-1");
            assertThat(e.get("difficulty").asText()).isEqualTo("hard");
        });
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("extreme");
    }

    @Test
    void should_exit_1_when_the_session_is_unknown() {
        // when
        CliRunner.Result result = aCli().run("report", "no-such-session");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains("no-such-session");
    }

    @Test
    void should_name_the_candidate_to_pass_when_the_caller_is_not_the_sessions_owner() {
        // given: the library answers a non-owner as for an unknown id; the terminal app runs on the user's own store
        CliRunner cli = aCli();
        String sessionId = anEngine(cli).start(Caller.candidate("ana"), Presets.coaching(PresetOptions.defaults())).sessionId();

        // when
        CliRunner.Result result = cli.run("report", sessionId, "--store", "memory", "--candidate", "mallory");
        CliRunner.Result unknown = cli.run("report", "nope", "--store", "memory", "--candidate", "mallory");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("error: session " + sessionId
                + " belongs to candidate ana, not mallory; pass --candidate ana");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: Unknown session: nope");
    }

    private static InterviewEngine anEngine(CliRunner cli) {
        return InterviewEngine.builder().sessionStore(cli.stores().open("memory")).build();
    }
}

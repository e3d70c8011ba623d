package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal app explains itself: exit codes and messages of the rough edges a person stops at. */
class TerminalAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void should_start_no_session_and_exit_2_when_the_answers_file_is_empty() {
        // given
        CliRunner cli = aCli();
        Path empty = CliRunner.write(dir.resolve("empty.txt"), "\n---\n   \n---\n");

        // when
        CliRunner.Result r = cli.run("run", "--answers", empty.toString());

        // then
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --answers " + empty + " holds no answer").contains("no session was started");
        assertThat(r.out()).doesNotContain("Session ");
        assertThat(cli.run("history", "tester", "--format", "json").out()).contains("\"sessions\" : [ ]");
    }

    @Test
    void should_start_no_session_and_exit_2_when_the_answers_file_holds_only_commands() {
        // given
        Path commands = answersFile(dir, "commands.txt", List.of("/skip", "/quit"));

        // when
        CliRunner.Result r = aCli().run("run", "--answers", commands.toString(), "--store", "memory");

        // then
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("holds no answer", "/skip and /quit are not answers");
        assertThat(r.out()).doesNotContain("Session ");
    }

    @Test
    void should_start_a_bad_flags_message_with_error_like_every_other_error() {
        // when
        CliRunner.Result r = aCli().run("run", "--preset", "nope");

        // then
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("Unknown preset 'nope'", "Usage:");
    }

    @Test
    void should_say_which_candidate_to_pass_for_report_and_resume_of_another_candidates_session() throws Exception {
        // given: ana's session, stopped after one answer
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));
        CliRunner.Result run = cli.run("run", "--candidate", "ana", "--answers", answers.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String sessionId = JSON.readTree(run.out()).get("sessionId").asText();

        // when
        CliRunner.Result report = cli.run("report", sessionId);
        CliRunner.Result resume = cli.run("resume", sessionId);
        CliRunner.Result unknown = cli.run("report", "no-such-session");

        // then
        for (CliRunner.Result r : List.of(report, resume)) {
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: session " + sessionId + " belongs to candidate ana, not tester;"
                    + " pass --candidate ana");
        }
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: ").doesNotContain("--candidate");
        assertThat(cli.run("report", sessionId, "--candidate", "ana").exitCode()).isZero();
    }
}

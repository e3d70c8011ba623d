package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code run} command's behaviour around the interview: input, early endings, output and errors. */
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path dir;

    @Test
    void should_finish_early_and_still_report_when_answers_run_out() throws Exception {
        // given
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR, SampleAnswers.CONFLICT_STAR));

        // when
        CliRunner.Result result = aCli().run("--preset", "structured", "--answers", answers.toString(), "--format", "json");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("No more answers: finishing the interview early.");
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(StreamSupport.stream(report.get("questions").spliterator(), false)
                .filter(q -> q.hasNonNull("answer")).count()).isEqualTo(2);
    }

    @Test
    void should_print_session_progress_and_questions_when_run_in_text_format() {
        // given
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));

        // when
        CliRunner.Result result = aCli().run("--preset", "campus-placement", "--answers", answers.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("Session [0-9a-f-]{36}")
                .contains("Question 1/6 · Round 1/3 Coding Round")
                .contains("Q1: ")
                .containsPattern("Score \\d+/100 · HEURISTIC")
                .contains("Interview report · campus-placement")
                .contains("COMPLETED");
    }

    @Test
    void should_read_multi_line_answers_skip_and_quit_when_answers_are_typed() throws Exception {
        // given an empty first line (asks again), a two-line answer ended by an empty line, /skip, then /quit
        String typed = "\nI led the billing migration and cut deploys from 2 hours to 15 minutes.\n"
                + "We moved one endpoint a week behind feature flags.\n\n/skip\n/quit\n";

        // when
        CliRunner.Result result = aCli().withStdin(typed).run("--preset", "coaching", "--format", "json", "--candidate", "sam");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("an empty line submits").contains("Skipped.").contains("Finishing the interview early.");
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        JsonNode first = report.get("questions").get(0);
        assertThat(first.get("answer").asText()).isEqualTo("I led the billing migration and cut deploys from 2 hours to 15 minutes.\n"
                + "We moved one endpoint a week behind feature flags.");
        assertThat(report.get("overall").get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void should_write_the_report_to_a_file_when_out_is_given() throws Exception {
        // given
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.HASH_MAP, SampleAnswers.TWO_SUM));
        Path out = dir.resolve("reports/report.html");

        // when
        CliRunner.Result result = aCli().run("--preset", "topic-drill", "--answers", answers.toString(), "--format", "html",
                "--out", out.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Session ").contains("Report written to " + out);
        assertThat(Files.readString(out)).contains("<html").contains("topic-drill");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--preset nope                       | Unknown preset 'nope'",
            "--level principal                   | Unknown level 'principal'",
            "--format pdf                        | 'pdf' is not a format",
            "--provider mistral                  | 'mistral' is not a provider",
            "--no-such-flag                      | Unknown option: '--no-such-flag'",
            "--preset coaching --type hr         | --type applies only to --preset structured",
            "--preset timed-screen --time-limit 0 | --time-limit must be 1 to",
    })
    void should_exit_2_with_a_message_and_usage_when_a_flag_is_bad(String args, String message) {
        // when
        CliRunner.Result result = aCli().run(args.trim().split("\\s+"));

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(message).contains("Usage:");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void should_exit_1_naming_the_file_when_the_answers_file_is_missing() {
        // given
        Path missing = dir.resolve("no-such-answers.txt");

        // when
        CliRunner.Result result = aCli().run("--answers", missing.toString());

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains(missing.toString()).contains("no such file")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void should_exit_1_naming_the_file_when_the_resume_is_too_large() throws Exception {
        // given
        Path resume = dir.resolve("huge-resume.txt");
        Files.write(resume, new byte[(int) InputFiles.MAX_BYTES + 1]);

        // when
        CliRunner.Result result = aCli().run("--resume", resume.toString(), "--answers", answersFile(dir, "a.txt",
                List.of(SampleAnswers.HASH_MAP)).toString());

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains(resume.toString()).contains("the limit is 5.0 MB");
    }

    @Test
    void should_exit_1_with_a_clear_message_when_the_store_is_not_supported_yet() {
        // when
        CliRunner.Result result = aCli().run("--store", dir.resolve("sessions.db").toString());

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: --store ").contains("use --store memory");
    }

    @Test
    void should_run_offline_when_provider_is_auto_and_no_key_is_configured() {
        // given
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.HASH_MAP));

        // when
        CliRunner.Result result = aCli().run("run", "--provider", "auto", "--answers", answers.toString());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Model: offline");
    }

    @Test
    void should_run_a_coaching_interview_when_no_command_is_given() {
        // given a terminal that is closed at once
        CliRunner cli = aCli().withStdin("");

        // when
        CliRunner.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("interview4j · coaching").contains("Question 1/5")
                .contains("No more answers: finishing the interview early.").contains("Interview report · coaching");
    }

    @Test
    void should_keep_the_conversation_off_stdout_when_a_markdown_report_goes_to_stdout() {
        // given
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));

        // when
        CliRunner.Result result = aCli().run("--answers", answers.toString(), "--format", "markdown");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("# Interview report").doesNotContain("Question 1/5");
        assertThat(result.err()).contains("Session ").contains("Question 1/5");
    }
}

package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
            "--preset coaching --type hr         | --type applies only to preset structured",
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
    void should_keep_sessions_in_an_sqlite_file_when_store_is_a_path_whose_folder_does_not_exist() throws Exception {
        // given
        Path store = dir.resolve("new-folder").resolve("sessions.db");
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));
        CliRunner.Result run = aCli().run("--store", store.toString(), "--answers", answers.toString(), "--format", "json");
        String sessionId = JSON.readTree(run.out()).get("sessionId").asText();

        // when another process (a runner with fresh stores) reads it
        CliRunner.Result report = aCli().run("report", sessionId, "--store", store.toString(), "--format", "json");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isRegularFile(store)).isTrue();
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(JSON.readTree(report.out()).get("questions").get(0).get("answer").asText())
                .isEqualTo(SampleAnswers.MIGRATION_STAR.strip());
    }

    @Test
    void should_keep_sessions_in_the_default_sqlite_file_when_no_store_is_given() throws Exception {
        // given
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));

        // when
        CliRunner.Result run = cli.run("--answers", answers.toString(), "--format", "json");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Store: " + cli.home().resolve("interview4j.db"));
        assertThat(cli.defaultStore()).isEqualTo(cli.home().resolve("interview4j.db")).isRegularFile();
        String sessionId = JSON.readTree(run.out()).get("sessionId").asText();
        assertThat(aCli().run("report", sessionId, "--store", cli.defaultStore().toString()).exitCode()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.defaultStore());
             ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(mode.next()).isTrue();
            assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jdbc:sqlite:", "jdbc:h2:file:"})
    void should_keep_sessions_in_the_database_a_jdbc_url_names(String prefix) throws Exception {
        // given
        String url = prefix + dir.resolve("sessions").toAbsolutePath();
        Path answers = answersFile(dir, "answers.txt", List.of(SampleAnswers.MIGRATION_STAR));
        CliRunner.Result run = aCli().run("--store", url, "--candidate", "ana", "--answers", answers.toString(),
                "--format", "json");

        // when another process (a runner with fresh stores) reads it
        CliRunner.Result history = aCli().run("history", "ana", "--store", url, "--format", "json");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Store: " + url);
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(JSON.readTree(history.out()).get("sessions")).extracting(x -> x.get("sessionId").asText())
                .containsExactly(JSON.readTree(run.out()).get("sessionId").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:oracle:thin:@localhost:1521:x                              | unsupported database
            jdbc:postgresql://127.0.0.1:1/interview4j?user=ana&password=s3cret | cannot open --store jdbc:postgresql://127.0.0.1:1/interview4j?user=ana&password=***
            """)
    void should_exit_1_naming_the_store_when_it_cannot_be_opened(String store, String message) {
        // when
        CliRunner.Result result = aCli().run("history", "ana", "--store", store);

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains(message).doesNotContain("s3cret");
    }

    @Test
    void should_exit_1_naming_the_store_when_it_is_a_folder_or_not_a_database() throws Exception {
        // given
        Path text = CliRunner.write(dir.resolve("notes.db"), "these are notes, not a database\n".repeat(200));

        // when
        CliRunner.Result folder = aCli().run("history", "ana", "--store", dir.toString());
        CliRunner.Result notDatabase = aCli().run("history", "ana", "--store", text.toString());

        // then
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err()).startsWith("error: --store " + dir).contains("it is a folder");
        assertThat(notDatabase.exitCode()).isEqualTo(1);
        assertThat(notDatabase.err()).startsWith("error: cannot open --store " + text);
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

    @Test
    void should_say_nothing_was_answered_and_report_no_score_when_the_answers_file_is_empty() throws Exception {
        // given
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        // when
        CliRunner.Result text = aCli().run("--answers", empty.toString());
        CliRunner.Result markdown = aCli().run("--answers", empty.toString(), "--format", "markdown");

        // then
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Nothing was answered, so this interview has no score.")
                .contains("Overall: not enough answers to score").doesNotContain("0.0/100");
        assertThat(markdown.out()).contains("not enough answers to score").doesNotContain("0/100");
        assertThat(markdown.err()).contains("Nothing was answered");
    }
}

package io.interview4j.samples.cli;

import static io.interview4j.samples.cli.CliRunner.aCli;
import static io.interview4j.samples.cli.CliRunner.answersFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history --out}, times to the second in the user's zone, and a history table that fits 100 columns. */
class HistoryOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    @Test
    void should_write_the_history_to_the_out_file_in_the_chosen_format() throws Exception {
        // given
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "a.txt", List.of(SampleAnswers.MIGRATION_STAR));
        String sessionId = JSON.readTree(cli.run("--candidate", "ana", "--answers", answers.toString(), "--format", "json")
                .out()).get("sessionId").asText();
        Path text = dir.resolve("out/history.txt");
        Path markdown = dir.resolve("history.md");
        Path json = dir.resolve("history.json");

        // when
        CliRunner.Result toText = cli.run("history", "ana", "--out", text.toString());
        CliRunner.Result toMarkdown = cli.run("history", "ana", "--format", "markdown", "--out", markdown.toString());
        CliRunner.Result toJson = cli.run("history", "ana", "--format", "json", "--out", json.toString());
        CliRunner.Result toFolder = cli.run("history", "ana", "--out", dir.toString());

        // then
        assertThat(toText.exitCode()).as(toText.err()).isZero();
        assertThat(toText.out()).isEmpty();
        assertThat(toText.err()).isEqualTo("History written to " + text + System.lineSeparator());
        assertThat(Files.readString(text)).contains("STARTED").contains("session " + sessionId);
        assertThat(toMarkdown.exitCode()).isZero();
        assertThat(Files.readString(markdown)).startsWith("# Interview history: ana").contains(sessionId);
        assertThat(toJson.exitCode()).isZero();
        assertThat(JSON.readTree(json.toFile()).get("sessions").get(0).get("sessionId").asText()).isEqualTo(sessionId);
        assertThat(toFolder.exitCode()).isEqualTo(1);
        assertThat(toFolder.err()).startsWith("error: cannot write the history to " + dir);
    }

    @Test
    void should_show_times_to_the_second_in_the_chosen_zone_in_text_and_markdown_and_utc_in_json() throws Exception {
        // given
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "a.txt", List.of(SampleAnswers.MIGRATION_STAR));
        JsonNode report = JSON.readTree(cli.run("--candidate", "ana", "--answers", answers.toString(), "--format", "json")
                .out());
        String sessionId = report.get("sessionId").asText();
        String startedAt = report.get("time").get("startedAt").asText();
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        String local = SECOND.withZone(kolkata).format(Instant.parse(startedAt));

        // when
        CliRunner.Result text = cli.run("report", sessionId, "--candidate", "ana", "--zone", "Asia/Kolkata");
        CliRunner.Result markdown = cli.run("report", sessionId, "--candidate", "ana", "--zone", "Asia/Kolkata",
                "--format", "markdown");
        CliRunner.Result json = cli.run("report", sessionId, "--candidate", "ana", "--zone", "Asia/Kolkata",
                "--format", "json");
        CliRunner.Result history = cli.run("history", "ana", "--zone", "Asia/Kolkata");
        CliRunner.Result historyMarkdown = cli.run("history", "ana", "--zone", "+05:30", "--format", "markdown");
        CliRunner.Result badZone = cli.run("history", "ana", "--zone", "Mars/Olympus");

        // then
        assertThat(startedAt).endsWith("Z");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Candidate ana · " + local + " Asia/Kolkata · ");
        assertThat(markdown.out()).contains("- Date: " + local + " Asia/Kolkata");
        assertThat(JSON.readTree(json.out()).get("time").get("startedAt").asText()).isEqualTo(startedAt);
        assertThat(history.out()).contains("Times are in Asia/Kolkata.").contains(local);
        assertThat(historyMarkdown.out()).contains("Times are in +05:30.").contains("| " + local + " |");
        assertThat(badZone.exitCode()).isEqualTo(2);
        assertThat(badZone.err()).startsWith("error: ").contains("'Mars/Olympus' is not a time zone");
    }

    @Test
    void should_fit_every_line_of_the_history_table_in_100_columns_when_cells_are_long() throws Exception {
        // given: sessions with a long role, company, group key and candidate id
        CliRunner cli = aCli();
        String candidate = "candidate-with-a-very-long-identifier-from-a-single-sign-on-provider-" + "x".repeat(60);
        String group = "application-to-" + "the-international-consortium-of-very-long-company-names-".repeat(3);
        Path answers = answersFile(dir, "a.txt", List.of(SampleAnswers.MIGRATION_STAR));
        String sessionId = null;
        for (String preset : List.of("coaching", "structured")) {
            CliRunner.Result run = cli.run("--preset", preset, "--candidate", candidate, "--group", group,
                    "--role", "principal distributed systems and platform reliability engineer ".repeat(3),
                    "--company", "Very Long Company Name Holdings International Limited ".repeat(3),
                    "--answers", answers.toString(), "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            sessionId = JSON.readTree(run.out()).get("sessionId").asText();
        }

        // when
        CliRunner.Result history = cli.run("history", candidate, "--zone", "UTC");
        CliRunner.Result none = cli.run("history", candidate + "-other", "--group", group);

        // then
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out().lines()).hasSizeGreaterThan(4)
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        assertThat(history.out()).contains("session " + sessionId).contains("…");
        assertThat(none.out().lines()).singleElement().satisfies(line -> assertThat(line).hasSize(100).endsWith("…"));
    }
}

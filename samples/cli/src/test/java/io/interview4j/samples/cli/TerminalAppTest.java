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

    private Path textPdf(String name) throws Exception {
        Path pdf = dir.resolve(name);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Dana Lee - 6 years of Java, Kafka and PostgreSQL");
                content.endText();
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void should_call_a_truncated_pdf_damaged_not_a_scan_and_keep_parser_internals_out() throws Exception {
        // given: a resume PDF cut off after 60 % of its bytes
        byte[] whole = java.nio.file.Files.readAllBytes(textPdf("whole.pdf"));
        Path truncated = java.nio.file.Files.write(dir.resolve("resume.pdf"),
                java.util.Arrays.copyOf(whole, whole.length * 6 / 10));

        // when
        CliRunner.Result r = aCli().run("run", "--resume", truncated.toString(), "--store", "memory");

        // then
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: cannot read resume file " + truncated)
                .contains("the PDF is damaged or truncated")
                .doesNotContain("scanned").doesNotContain("Exception").doesNotContain("xref").doesNotContain("COS");
    }

    @Test
    void should_call_a_whole_pdf_of_images_a_scan() throws Exception {
        // given: one page that only draws an image
        Path scan = dir.resolve("scan.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                    new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB));
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.drawImage(image, 72, 600);
            }
            doc.save(scan.toFile());
        }

        // when
        CliRunner.Result r = aCli().run("run", "--resume", scan.toString(), "--store", "memory");

        // then
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("no text layer (a scanned image?)");
    }

    @Test
    void should_name_the_question_by_its_label_not_its_id_when_an_answer_is_refused() {
        // given: an answer over the library's 100,000-character limit
        CliRunner cli = aCli();
        Path answers = answersFile(dir, "long.txt", List.of("word ".repeat(20_001)));

        // when: from a file, and typed in the terminal
        CliRunner.Result scripted = cli.run("run", "--provider", "offline", "--answers", answers.toString(),
                "--store", "memory");
        CliRunner.Result typed = aCli().withStdin("word ".repeat(20_001) + "\n\n/quit\n")
                .run("run", "--provider", "offline", "--store", "memory");

        // then
        String sessionId = scripted.out().lines().filter(l -> l.startsWith("Session ")).findFirst().orElseThrow()
                .substring("Session ".length());
        assertThat(scripted.exitCode()).isEqualTo(1);
        assertThat(scripted.err()).startsWith("error: answer to Q1 is 100004 characters; the limit is 100000")
                .doesNotContain("question ");
        assertThat(scripted.err().replace(sessionId, "")).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        assertThat(typed.exitCode()).isZero();
        assertThat(typed.out()).contains("error: answer to Q1 is 100004 characters; the limit is 100000")
                .doesNotContainPattern("answer to question");
    }
}

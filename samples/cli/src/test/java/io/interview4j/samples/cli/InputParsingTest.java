package io.interview4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code --answers}, {@code --jd} and {@code --resume} files. */
class InputParsingTest {

    @TempDir
    Path dir;

    @Test
    void should_split_answers_at_separator_lines_and_drop_blank_ones_when_reading_an_answers_file() {
        // given
        String text = "First answer,\nover two lines.\n---\n\n  ---  \nSecond answer.\n---\n/skip\n---\n";

        // when
        var answers = ScriptedAnswers.split(text);

        // then
        assertThat(answers).containsExactly("First answer,\nover two lines.", "Second answer.", "/skip");
    }

    @Test
    void should_keep_dashes_inside_an_answer_when_they_are_not_alone_on_their_line() {
        // when
        var answers = ScriptedAnswers.split("Trade-offs --- there are some.\n-----\nstill the first answer");

        // then
        assertThat(answers).containsExactly("Trade-offs --- there are some.\n-----\nstill the first answer");
    }

    @Test
    void should_echo_and_run_out_when_scripted_answers_are_used_up() {
        // given
        ByteArrayOutputStream ui = new ByteArrayOutputStream();
        ScriptedAnswers answers = new ScriptedAnswers(java.util.List.of("one", "/quit"), new PrintStream(ui, true, StandardCharsets.UTF_8));

        // when
        var first = answers.next(null);
        var second = answers.next(null);
        var third = answers.next(null);

        // then
        assertThat(first).hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("one"));
        assertThat(second).hasValueSatisfying(r -> assertThat(r.action()).isEqualTo(AnswerSource.Action.QUIT));
        assertThat(third).isEmpty();
        assertThat(ui.toString(StandardCharsets.UTF_8)).contains("> one");
    }

    @Test
    void should_extract_the_text_when_the_resume_is_a_pdf() throws Exception {
        // given
        Path pdf = dir.resolve("resume.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Dana Lee - 6 years of Java, Kafka and PostgreSQL");
                content.endText();
            }
            doc.save(pdf.toFile());
        }

        // when
        String text = Documents.read(pdf, "resume");

        // then
        assertThat(text).contains("Dana Lee").contains("Kafka").contains("PostgreSQL");
    }

    @Test
    void should_reduce_html_to_text_when_the_job_description_is_html() throws Exception {
        // given
        Path jd = Files.writeString(dir.resolve("jd.html"),
                "<html><body><h1>Senior Backend Engineer</h1><p>You will own <b>Kafka</b> pipelines.</p></body></html>");

        // when
        String text = Documents.read(jd, "job description");

        // then
        assertThat(text).contains("Senior Backend Engineer").contains("Kafka pipelines").doesNotContain("<b>");
    }

    @Test
    void should_refuse_naming_the_file_when_a_pdf_is_corrupt() throws Exception {
        // given
        Path pdf = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF");

        // when / then
        assertThatThrownBy(() -> Documents.read(pdf, "resume"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(pdf.toString())
                .hasMessageContaining("not a readable PDF");
    }

    @Test
    void should_refuse_naming_the_file_when_it_is_not_utf8_text() throws Exception {
        // given
        Path doc = Files.write(dir.resolve("resume.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xFF});

        // when / then
        assertThatThrownBy(() -> Documents.read(doc, "resume"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(doc.toString())
                .hasMessageContaining("not UTF-8 text");
    }
}

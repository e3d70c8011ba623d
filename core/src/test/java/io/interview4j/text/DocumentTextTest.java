package io.interview4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.text.DocumentText.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "resume.html | plain words | HTML",
            "CV.HTM | plain words | HTML",
            "notes.md | plain words | MARKDOWN",
            "jd.markdown | plain words | MARKDOWN",
            "resume.txt | # Heading with **bold** | PLAIN",
            "upload.bin | <html><body><p>Hi</p></body></html> | HTML",
            " | <div><p>One</p><p>Two</p><br></div> | HTML",
            " | # Title\\n\\nSome **bold** text and a [link](https://x.y) | MARKDOWN",
            " | Jane Doe\\nSoftware engineer, 5 years | PLAIN",
    })
    void should_detect_format_when_given_name_and_content(String fileName, String content, Format expected) {
        // when
        Format format = DocumentText.detect(fileName, content.replace("\\n", "\n"));

        // then
        assertThat(format).isEqualTo(expected);
    }

    @Test
    void should_keep_block_and_list_lines_when_reducing_html() {
        // given
        String html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Jane  Doe</h1>"
                + "<p>Backend engineer.</p><ul><li>Java</li><li>Kafka</li></ul><script>alert(1)</script>"
                + "<table><tr><td>2019</td><td>Acme</td></tr></table></body></html>";

        // when
        String text = DocumentText.toPlainText(html, Format.HTML);

        // then
        assertThat(text).isEqualTo("Jane Doe\n\nBackend engineer.\n\nJava\nKafka\n\n2019 | Acme");
    }

    @Test
    void should_strip_syntax_and_keep_text_when_reducing_markdown() {
        // given
        String md = "# Jane Doe\n\n**Senior** _engineer_ at [Acme](https://acme.example) using `kubectl`.\n\n"
                + "- Built *APIs*\n- [x] Led ~~two~~ three teams\n\n> quoted line\n\n```java\nint x = 1;\n```\n\n"
                + "| Skill | Years |\n|---|---|\n| Java | 5 |\n\n---\n![logo](logo.png)";

        // when
        String text = DocumentText.toPlainText(md, Format.MARKDOWN);

        // then
        assertThat(text).isEqualTo("Jane Doe\n\nSenior engineer at Acme using kubectl.\n\nBuilt APIs\nLed two three teams\n\n"
                + "quoted line\n\nint x = 1;\n\nSkill | Years\nJava | 5\n\nlogo");
    }

    @Test
    void should_keep_snake_case_words_when_stripping_markdown_emphasis() {
        // when
        String text = DocumentText.toPlainText("uses snake_case_names and __init__ in `__main__`", Format.MARKDOWN);

        // then
        assertThat(text).isEqualTo("uses snake_case_names and init in __main__");
    }

    @Test
    void should_normalise_whitespace_when_text_is_plain() {
        // when
        String text = DocumentText.toPlainText("  a \t b\r\n\r\n\r\n\r\nc\u00A0 d  ", Format.PLAIN);

        // then
        assertThat(text).isEqualTo("a b\n\nc d");
    }

    @Test
    void should_refuse_document_when_longer_than_limit() {
        // given
        String text = "a".repeat(DocumentText.MAX_CHARS + 1);

        // when / then
        assertThatThrownBy(() -> DocumentText.toPlainText(text, Format.PLAIN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too long")
                .hasMessageContaining(String.valueOf(DocumentText.MAX_CHARS));
    }

    @Test
    void should_accept_document_when_exactly_at_limit() {
        // when
        String text = DocumentText.toPlainText("a".repeat(DocumentText.MAX_CHARS), Format.PLAIN);

        // then
        assertThat(text).hasSize(DocumentText.MAX_CHARS);
    }

    @ParameterizedTest
    @CsvSource({"NUL", "CONTROLS", "REPLACEMENTS", "SURROGATE"})
    void should_refuse_document_when_it_looks_binary(String kind) {
        // given
        String text = switch (kind) {
            case "NUL" -> "PK\u0003\u0004\u0000\u0000 resume";
            case "CONTROLS" -> "\u0001\u0002\u0003\u0004\u0005\u0006 abc";
            case "REPLACEMENTS" -> "\uFFFD\uFFFD\uFFFD\uFFFD resume";
            default -> "text \uD800 more";
        };

        // when / then
        assertThatThrownBy(() -> DocumentText.toPlainText(text, Format.PLAIN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(String.valueOf(DocumentText.MAX_CHARS));
    }
}

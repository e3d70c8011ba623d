package io.interview4j.storage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading, checking and writing question files. */
class FileQuestionBankTest {

    private static final String GOOD = """
            {"id": "beh-1", "kind": "behavioral", "difficulty": "medium", "text": "Tell me about a conflict."}""";

    @TempDir
    Path dir;

    @Test
    void should_load_a_hand_written_yaml_file_when_fields_use_the_bank_layout() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("custom.yml"), """
                questions:
                  - id: beh-101
                    kind: Behavioral
                    competency: leadership
                    skills: [Ownership, influence]
                    levels: [mid, Senior]
                    difficulty: Hard
                    companies: [Acme]
                    text: Tell me about a time you led without authority.
                    keyPoints:
                      - situation
                      - measurable result
                    followUps: ["What would you do differently?"]
                    suggestedSeconds: 180
                  - id: 42
                    kind: dsa
                    difficulty: easy
                    text: Reverse a string.
                """);

        // when
        FileQuestionBank bank = FileQuestionBank.load(file);

        // then
        assertThat(bank.all()).hasSize(2);
        BankQuestion first = bank.findById("beh-101").orElseThrow();
        assertThat(first.kind()).isEqualTo("behavioral");
        assertThat(first.category()).isEqualTo("behavioral");
        assertThat(first.skills()).containsExactly("ownership", "influence");
        assertThat(first.levels()).containsExactly("mid", "senior");
        assertThat(first.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(first.companies()).containsExactly("acme");
        assertThat(first.keyPoints()).containsExactly("situation", "measurable result");
        assertThat(first.suggestedSeconds()).isEqualTo(180);
        assertThat(bank.findById("42").orElseThrow().suggestedSeconds()).isEqualTo(120);
        assertThat(bank.find(QuestionQuery.ofKind("dsa"))).extracting(BankQuestion::id).containsExactly("42");
    }

    @Test
    void should_load_a_top_level_array_when_the_file_is_json() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("list.json"), "[" + GOOD + "]");

        // when / then
        assertThat(FileQuestionBank.load(file).all()).extracting(BankQuestion::id).containsExactly("beh-1");
    }

    @Test
    void should_read_back_what_was_exported_when_round_tripping_json() {
        // given
        List<BankQuestion> questions = List.of(new BankQuestion("tech-1", "technical", "core", "depth",
                List.of("java"), List.of("senior"), Difficulty.HARD, List.of("backend engineer"), List.of("acme"),
                "Explain the JVM memory model.", List.of("happens-before"), "Writes become visible...",
                List.of("What about volatile?"), 240));
        StringWriter out = new StringWriter();

        // when
        FileQuestionBank.export(questions, out);
        List<BankQuestion> read = FileQuestionBank.read(new StringReader(out.toString()), FileQuestionBank.Format.JSON, "export");

        // then
        assertThat(read).isEqualTo(questions);
        assertThat(out.toString()).contains("\"keyPoints\"").contains("\"difficulty\" : \"hard\"");
    }

    @Test
    void should_keep_file_order_when_loading_several_files() throws IOException {
        // given
        Path a = Files.writeString(dir.resolve("a.json"), "[" + GOOD + "]");
        Path b = Files.writeString(dir.resolve("b.yaml"), "- {id: dsa-1, kind: dsa, difficulty: easy, text: Sum two numbers.}\n");

        // when / then
        assertThat(FileQuestionBank.load(a, b).all()).extracting(BankQuestion::id).containsExactly("beh-1", "dsa-1");
    }

    @Test
    void should_refuse_the_second_file_when_it_repeats_an_id() throws IOException {
        // given
        Path a = Files.writeString(dir.resolve("a.json"), "[" + GOOD + "]");
        Path b = Files.writeString(dir.resolve("b.json"), "[" + GOOD + "]");

        // when / then
        assertThatThrownBy(() -> FileQuestionBank.load(a, b))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("b.json entry 1")
                .hasMessageContaining("'id'")
                .hasMessageContaining("a.json entry 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing id            | {"kind": "dsa", "difficulty": "easy", "text": "T"}                                   | entry 2: field 'id': is required
            blank text            | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": "  "}                       | entry 2 (id 'x'): field 'text': must not be blank
            missing kind          | {"id": "x", "difficulty": "easy", "text": "T"}                                       | entry 2 (id 'x'): field 'kind': is required
            unknown kind          | {"id": "x", "kind": "trivia", "difficulty": "easy", "text": "T"}                     | field 'kind': 'trivia' is not one of
            bad difficulty        | {"id": "x", "kind": "dsa", "difficulty": "brutal", "text": "T"}                      | field 'difficulty': 'brutal' is not easy, medium or hard
            bad level             | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": "T", "levels": ["staff"]}   | field 'levels': 'staff' is not junior, mid or senior
            skills not a list     | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": "T", "skills": "java"}      | field 'skills': must be a list of strings
            number in a list      | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": "T", "keyPoints": ["a", 3]} | field 'keyPoints': item 2 must be a non-blank string
            negative seconds      | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": "T", "suggestedSeconds": -5} | field 'suggestedSeconds': must be a whole number
            fractional seconds    | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": "T", "suggestedSeconds": 1.5} | field 'suggestedSeconds': must be a whole number
            misspelt field        | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": "T", "keypoints": []}       | field 'keypoints': unknown field
            text not a string     | {"id": "x", "kind": "dsa", "difficulty": "easy", "text": 7}                          | field 'text': must be a string
            entry not an object   | "just text"                                                                          | entry 2: must be an object
            repeated id           | {"id": "beh-1", "kind": "dsa", "difficulty": "easy", "text": "T"}                    | entry 2 (id 'beh-1'): field 'id': already used by entry 1
            """)
    void should_refuse_the_whole_file_naming_entry_and_field_when_an_entry_is_bad(String why, String badEntry,
                                                                                 String message) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("bad.json"), "[" + GOOD + ", " + badEntry + "]");

        // when / then
        assertThatThrownBy(() -> FileQuestionBank.load(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken json       | bank.json | [{"id": "x",          | not valid JSON
            empty json        | bank.json | '   '                 | holds no questions
            object without    | bank.json | {"items": []}         | 'questions' list
            questions object  | bank.json | {"questions": {}}     | 'questions' must be a list
            broken yaml       | bank.yaml | '- id: [unclosed'     | not valid YAML
            wrong extension   | bank.txt  | []                    | must end in .json, .yaml or .yml
            """)
    void should_refuse_the_file_when_it_is_not_a_question_list(String why, String name, String content,
                                                               String message) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve(name), content);

        // when / then
        assertThatThrownBy(() -> FileQuestionBank.load(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/io/interview4j/bank/questions-people.json", "/io/interview4j/bank/questions-technical.json"})
    void should_accept_the_built_in_bank_when_read_as_a_file(String resource) throws IOException {
        // given
        InputStream in = FileQuestionBankTest.class.getResourceAsStream(resource);
        Assumptions.assumeTrue(in != null, resource + " is not on the classpath yet");

        // when
        List<BankQuestion> read;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            read = FileQuestionBank.read(reader, FileQuestionBank.Format.JSON, resource);
        }

        // then
        assertThat(read).isNotEmpty();
        assertThat(read).allSatisfy(q -> assertThat(FileQuestionBank.KINDS).contains(q.kind()));
    }

    @Test
    void should_refuse_the_file_when_it_does_not_exist() {
        // when / then
        assertThatThrownBy(() -> FileQuestionBank.load(dir.resolve("missing.json")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing.json")
                .hasMessageContaining("cannot read");
    }

    @Test
    void should_refuse_the_file_when_it_is_larger_than_the_limit() throws IOException {
        // given
        Path file = dir.resolve("huge.json");
        Files.write(file, new byte[(int) FileQuestionBank.MAX_FILE_BYTES + 1]);

        // when / then
        assertThatThrownBy(() -> FileQuestionBank.load(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than");
    }
}

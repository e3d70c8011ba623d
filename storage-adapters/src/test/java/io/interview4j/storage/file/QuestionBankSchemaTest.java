package io.interview4j.storage.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.interview4j.InvalidInputException;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.QuestionBankSchema;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The question bank schema that ships in core: the built-in bank and the example bank conform, imports are checked. */
class QuestionBankSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BUILT_IN = Path.of("..", "core", "src", "main", "resources", "io", "interview4j", "bank");
    private static final Path EXAMPLE = Path.of("..", "samples", "banks", "example-bank.json");

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(QuestionBankSchema.text()));
    }

    @Test
    void should_validate_every_file_of_the_built_in_bank() throws Exception {
        // given
        List<Path> files;
        try (Stream<Path> all = Files.list(BUILT_IN)) {
            files = all.filter(p -> p.getFileName().toString().startsWith("questions-")).sorted().toList();
        }

        // when / then
        assertThat(files).isNotEmpty();
        int questions = 0;
        for (Path file : files) {
            JsonNode bank = JSON.readTree(file.toFile());
            assertThat(schema().validate(bank)).as(file.toString()).isEmpty();
            questions += bank.size();
        }
        assertThat(questions).isEqualTo(BuiltInQuestionBank.get().all().size());
    }

    @Test
    void should_validate_the_example_bank_and_what_export_writes() throws Exception {
        // given
        StringWriter exported = new StringWriter();
        FileQuestionBank.export(BuiltInQuestionBank.get().all(), exported);

        // when / then
        assertThat(schema().validate(JSON.readTree(EXAMPLE.toFile()))).isEmpty();
        assertThat(FileQuestionBank.load(EXAMPLE).all()).hasSize(3);
        assertThat(schema().validate(JSON.readTree(exported.toString()))).isEmpty();
    }

    @Test
    void should_refuse_what_the_schema_refuses_naming_the_entry_and_field() {
        // given: a wrong type and a missing field, each caught by the schema as by the loader
        String wrongType = "[{\"id\": \"a\", \"kind\": \"technical\", \"difficulty\": \"easy\", \"text\": \"Why?\","
                + " \"keyPoints\": \"one point\"}]";
        String noText = "{\"questions\": [{\"id\": \"a\", \"kind\": \"technical\", \"difficulty\": \"easy\", \"text\": \"Why?\"},"
                + " {\"id\": \"b\", \"kind\": \"technical\", \"difficulty\": \"easy\"}]}";

        // when / then
        assertThatThrownBy(() -> FileQuestionBank.read(new StringReader(wrongType), FileQuestionBank.Format.JSON, "own.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("own.json: entry 1 (id 'a'): field 'keyPoints'");
        assertThatThrownBy(() -> FileQuestionBank.read(new StringReader(noText), FileQuestionBank.Format.JSON, "own.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("own.json: entry 2 (id 'b'): field 'text'");
    }
}
